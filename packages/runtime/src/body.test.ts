import { describe, expect, it } from 'vitest';
import { anyBody, binaryBody, defaultBody, multipartBody, textBody, yamlBody } from './body.js';
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
    {
      name: 'bytes as files',
      body: { a: new TextEncoder().encode('u8'), b: new TextEncoder().encode('ab').buffer },
      want: { a: 'file:u8', b: 'file:ab' },
    },
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

describe('each kind of body, as sent', () => {
  const { sent, client } = recording(createBareClientCore);
  const op: OperationSpec = { operationId: 'put', method: 'PUT', path: '/x', security: undefined };
  const bytes = new Uint8Array([0, 1, 2, 255]);
  const cases: Array<{
    name: string;
    op: Partial<OperationSpec>;
    input: { body: unknown; contentType?: string };
    want: { type: string; bytes: number[] | string } | RegExp;
  }> = [
    {
      name: 'JSON list of scalars',
      op: { encodeBody: defaultBody },
      input: { body: [1, 2] },
      want: { type: 'application/json', bytes: '[1,2]' },
    },
    {
      name: 'JSON scalar',
      op: { encodeBody: defaultBody },
      input: { body: true },
      want: { type: 'application/json', bytes: 'true' },
    },
    {
      name: 'JSON under its own media type',
      op: { encodeBody: defaultBody, requestContentType: 'application/merge-patch+json' },
      input: { body: { a: null } },
      want: { type: 'application/merge-patch+json', bytes: '{"a":null}' },
    },
    {
      name: 'text as is',
      op: { encodeBody: textBody, requestContentType: 'text/plain' },
      input: { body: 'a "b"\n' },
      want: { type: 'text/plain', bytes: 'a "b"\n' },
    },
    {
      name: 'a number as text',
      op: { encodeBody: textBody, requestContentType: 'text/plain' },
      input: { body: 42 },
      want: { type: 'text/plain', bytes: '42' },
    },
    {
      name: 'an object as text is refused',
      op: { encodeBody: textBody, requestContentType: 'text/plain' },
      input: { body: { a: 1 } },
      want: /^put: a text\/plain body must be a string, got Object$/,
    },
    {
      name: 'YAML text as is',
      op: { encodeBody: yamlBody, requestContentType: 'application/x-yaml' },
      input: { body: 'a: [1, 2]\n' },
      want: { type: 'application/x-yaml', bytes: 'a: [1, 2]\n' },
    },
    {
      name: 'a model as YAML',
      op: { encodeBody: yamlBody, requestContentType: 'application/x-yaml' },
      input: { body: { name: 'Ada', tags: ['x', 'y: z'] } },
      want: { type: 'application/x-yaml', bytes: 'name: Ada\ntags:\n  - x\n  - "y: z"\n' },
    },
    ...(
      [
        ['a Uint8Array', bytes],
        ['an ArrayBuffer', bytes.buffer],
        ['a Blob', new Blob([bytes])],
        ['a view into a larger buffer', new Uint8Array([9, 0, 1, 2, 255, 9]).subarray(1, 5)],
      ] as const
    ).map(([what, body]) => ({
      name: `${what} as bytes`,
      op: { encodeBody: binaryBody, requestContentType: 'application/octet-stream' },
      input: { body },
      want: { type: 'application/octet-stream', bytes: [0, 1, 2, 255] },
    })),
    {
      name: 'a Blob under image/* with its own type',
      op: { encodeBody: binaryBody, requestContentType: 'image/*' },
      input: { body: new Blob([bytes], { type: 'image/png' }) },
      want: { type: 'image/png', bytes: [0, 1, 2, 255] },
    },
    {
      name: 'a number as bytes is refused',
      op: { encodeBody: binaryBody, requestContentType: 'application/octet-stream' },
      input: { body: 1 },
      want: /^put: a application\/octet-stream body must be a Blob, an ArrayBuffer, a typed array or a string, got number$/,
    },
    {
      name: '*/*: a model as JSON',
      op: { encodeBody: anyBody, requestContentType: '*/*' },
      input: { body: { a: 1 } },
      want: { type: 'application/json', bytes: '{"a":1}' },
    },
    {
      name: '*/*: a string as text',
      op: { encodeBody: anyBody, requestContentType: '*/*' },
      input: { body: 'hi' },
      want: { type: 'text/plain;charset=UTF-8', bytes: 'hi' },
    },
    {
      name: '*/*: a Blob as bytes of its type',
      op: { encodeBody: anyBody, requestContentType: '*/*' },
      input: { body: new Blob(['%PDF'], { type: 'application/pdf' }) },
      want: { type: 'application/pdf', bytes: '%PDF' },
    },
  ];
  const several: Partial<OperationSpec> = {
    encodeBody: defaultBody,
    otherBodies: { 'application/x-yaml': yamlBody, 'text/plain': textBody },
  };
  cases.push(
    {
      name: 'several: JSON by default',
      op: several,
      input: { body: { a: 1 } },
      want: { type: 'application/json', bytes: '{"a":1}' },
    },
    {
      name: 'several: the JSON one named',
      op: several,
      input: { body: { a: 1 }, contentType: 'application/json' },
      want: { type: 'application/json', bytes: '{"a":1}' },
    },
    {
      name: 'several: YAML picked',
      op: several,
      input: { body: { a: 1 }, contentType: 'application/x-yaml' },
      want: { type: 'application/x-yaml', bytes: 'a: 1\n' },
    },
    {
      name: 'several: one it does not take is refused, listing them',
      op: several,
      input: { body: 'x', contentType: 'text/csv' },
      want: /^put: contentType "text\/csv" is not one it takes \(application\/json, application\/x-yaml, text\/plain\)$/,
    },
  );
  it.each(cases)('$name', async ({ op: given, input, want }) => {
    sent.length = 0;
    const outcome = client.call({ ...op, ...given }, input);
    if (want instanceof RegExp) {
      await expect(outcome).rejects.toThrow(want);
      expect(sent).toHaveLength(0);
      return;
    }
    await outcome;
    const got = new Uint8Array(await sent[0]!.arrayBuffer());
    expect(sent[0]!.headers.get('content-type')).toBe(want.type);
    if (typeof want.bytes === 'string') expect(new TextDecoder().decode(got)).toBe(want.bytes);
    else expect([...got]).toEqual(want.bytes);
  });
});

describe('success bodies read as the operation says (responseAs)', () => {
  const op: OperationSpec = { operationId: 'get', method: 'GET', path: '/x', security: undefined };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
  const cases: Array<{
    name: string;
    responseAs: OperationSpec['responseAs'];
    response: () => Response;
    want: (value: unknown) => Promise<unknown>;
    expected: unknown;
  }> = [
    {
      name: 'blob: bytes as they came, with their type',
      responseAs: 'blob',
      response: () => new Response(png, { headers: { 'content-type': 'image/png' } }),
      want: async (v) => [
        v instanceof Blob,
        (v as Blob).type,
        [...new Uint8Array(await (v as Blob).arrayBuffer())],
      ],
      expected: [true, 'image/png', [...png]],
    },
    {
      name: 'blob: even when the server calls it JSON',
      responseAs: 'blob',
      response: () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
      want: async (v) => [v instanceof Blob, await (v as Blob).text()],
      expected: [true, '{"a":1}'],
    },
    {
      name: 'blob: an empty body is an empty Blob',
      responseAs: 'blob',
      response: () => new Response(new Uint8Array(0)),
      want: async (v) => [v instanceof Blob, (v as Blob).size],
      expected: [true, 0],
    },
    {
      name: 'text: JSON-looking text stays text',
      responseAs: 'text',
      response: () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
      want: async (v) => v,
      expected: '{"a":1}',
    },
    {
      name: 'unset: JSON parsed',
      responseAs: undefined,
      response: () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
      want: async (v) => v,
      expected: { a: 1 },
    },
  ];
  it.each(cases)('$name', async ({ responseAs, response, want, expected }) => {
    const client = createBareClientCore({
      baseUrl: 'https://api.example.test',
      retry: false,
      fetch: async () => response(),
    });
    expect(await want(await client.call({ ...op, responseAs }))).toEqual(expected);
  });

  it('an error status of a binary operation is read as an error body, not bytes', async () => {
    const client = createBareClientCore({
      baseUrl: 'https://api.example.test',
      retry: false,
      fetch: async () =>
        new Response('{"message":"no"}', { status: 404, headers: { 'content-type': 'application/json' } }),
    });
    await expect(client.call({ ...op, responseAs: 'blob' })).rejects.toMatchObject({
      status: 404,
      body: { message: 'no' },
    });
  });
});
