import { describe, expect, it } from 'vitest';
import { defaultBody, multipartBody } from './body.js';
import { type ClientCore, createBareClientCore, createClientCore } from './client.js';
import type { OperationSpec } from './operation.js';
import { defaultQuery } from './query.js';

/** What a server reads back from an encoded multipart body. */
async function fields(bytes: string | Uint8Array, contentType: string): Promise<Record<string, string>> {
  const form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData();
  const out: Record<string, string> = {};
  for (const [name, value] of form)
    out[name] = typeof value === 'string' ? value : `file:${await value.text()}`;
  return out;
}

/** A core of `create`'s kind whose fetch records each request (as a Request) and answers 204. */
function recording(create: typeof createClientCore): { sent: Request[]; client: ClientCore } {
  const sent: Request[] = [];
  const client = create({
    baseUrl: 'https://api.example.test',
    retry: false,
    fetch: async (url, init) => {
      sent.push(new Request(url, init));
      return new Response(null, { status: 204 });
    },
  });
  return { sent, client };
}

describe('multipartBody', () => {
  const given = new FormData();
  given.append('a', '1');
  const cases: Array<{ name: string; body: unknown; want: Record<string, string> }> = [
    {
      name: 'scalars',
      body: { name: 'Ada', age: 36, admin: false },
      want: { name: 'Ada', age: '36', admin: 'false' },
    },
    { name: 'objects as JSON', body: { meta: { k: [1] } }, want: { meta: '{"k":[1]}' } },
    { name: 'null and undefined left out', body: { a: null, b: undefined, c: 'x' }, want: { c: 'x' } },
    { name: 'a Blob as a file', body: { file: new Blob(['bytes']) }, want: { file: 'file:bytes' } },
    { name: 'a FormData as is', body: given, want: { a: '1' } },
  ];
  it.each(cases)('$name', async ({ body, want }) => {
    const headers: Record<string, string> = { 'content-type': 'multipart/form-data' };
    const encoded = await multipartBody(body, headers);
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(await fields(encoded, headers['content-type']!)).toEqual(want);
  });

  it('sends anything else as JSON', async () => {
    const headers: Record<string, string> = { 'content-type': 'multipart/form-data' };
    expect(await multipartBody('text', headers)).toBe('"text"');
    expect(headers['content-type']).toBe('multipart/form-data');
  });
});

describe('request bodies through call', () => {
  const upload: OperationSpec = {
    operationId: 'uploadAvatar',
    method: 'POST',
    path: '/avatar',
    pathParams: [],
    security: undefined,
    requestContentType: 'multipart/form-data',
  };
  const { sent, client } = recording(createClientCore);

  it('encodes a multipart operation with its encodeBody', async () => {
    sent.length = 0;
    await client.call({ ...upload, encodeBody: multipartBody }, { body: { name: 'Ada' } });
    const type = sent[0]!.headers.get('content-type')!;
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(await fields(new Uint8Array(await sent[0]!.arrayBuffer()), type)).toEqual({ name: 'Ada' });
  });

  it('refuses a multipart operation without encodeBody, naming it, before sending', async () => {
    sent.length = 0;
    await expect(client.call(upload, { body: { name: 'Ada' } })).rejects.toThrow(
      /^uploadAvatar: a multipart\/form-data body needs `encodeBody: multipartBody`/,
    );
    expect(sent).toHaveLength(0);
  });

  const plain: OperationSpec = { ...upload, requestContentType: undefined };
  const bodies: Array<{ name: string; op: OperationSpec; headers: Record<string, string>; want: string[] }> =
    [
      { name: 'JSON by default', op: plain, headers: {}, want: ['application/json', '{"a":"1 2"}'] },
      {
        name: 'url-encoded when the spec says so',
        op: { ...plain, requestContentType: 'application/x-www-form-urlencoded' },
        headers: {},
        want: ['application/x-www-form-urlencoded', 'a=1+2'],
      },
      {
        name: 'url-encoded when the caller sets that content type',
        op: plain,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        want: ['application/x-www-form-urlencoded', 'a=1+2'],
      },
    ];
  it.each(bodies)('$name', async ({ op, headers, want }) => {
    sent.length = 0;
    await client.call(op, { body: { a: '1 2' } }, { headers });
    expect([sent[0]!.headers.get('content-type'), await sent[0]!.text()]).toEqual(want);
  });
});

// Generated specs name their encoders, so a bare core (what the generated factories make) bundles only
// those; createClientCore gives hand-written specs the defaults.
describe('encoders named by the operation (createBareClientCore)', () => {
  const { sent, client } = recording(createBareClientCore);
  const op: OperationSpec = { operationId: 'saveUser', method: 'PUT', path: '/users', security: undefined };
  const cases: Array<{
    name: string;
    op: OperationSpec;
    input: { query?: Record<string, unknown>; body?: unknown };
    want: { url: string; type: string | null; body: string } | RegExp;
  }> = [
    {
      name: 'query and body with their encoders',
      op: { ...op, encodeQuery: defaultQuery, encodeBody: defaultBody },
      input: { query: { tag: ['a', 'b'], page: { size: 2 } }, body: { name: 'Ada' } },
      want: {
        url: 'https://api.example.test/users?tag=a&tag=b&page[size]=2',
        type: 'application/json',
        body: '{"name":"Ada"}',
      },
    },
    {
      name: 'neither, when the operation takes neither',
      op,
      input: {},
      want: { url: 'https://api.example.test/users', type: null, body: '' },
    },
    {
      name: 'query parameters for an operation without encodeQuery are refused',
      op: { ...op, encodeBody: defaultBody },
      input: { query: { tag: 'a' }, body: {} },
      want: /^saveUser takes no query parameters$/,
    },
    {
      name: 'a body for an operation without encodeBody is refused',
      op: { ...op, encodeQuery: defaultQuery },
      input: { query: { tag: 'a' }, body: {} },
      want: /^saveUser takes no request body$/,
    },
  ];
  it.each(cases)('$name', async ({ op, input, want }) => {
    sent.length = 0;
    const outcome = client.call(op, input);
    if (want instanceof RegExp) {
      await expect(outcome).rejects.toThrow(want);
      expect(sent).toHaveLength(0);
      return;
    }
    await outcome;
    const request = sent[0]!;
    expect({
      url: request.url,
      type: request.headers.get('content-type'),
      body: await request.text(),
    }).toEqual(want);
  });
});
