// Request bodies through `raw` (openapi-fetch): each kind reaches a real server on 127.0.0.1 with the
// bytes and the content type the operation's media type calls for, as through the main client.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore } from './client.js';
import { createNodeTransport } from './node.js';
import type { OperationSpec } from './operation.js';
import { createRawClient } from './raw.js';

const bytes = [0, 1, 2, 255, 10, 13];
const op = (path: string, requestContentType?: string): OperationSpec => ({
  operationId: path.slice(1),
  method: 'POST',
  path,
  security: [],
  ...(requestContentType ? { requestContentType } : {}),
});

// Operations whose only media type is not JSON: the raw call sends the body under that type.
const operations = [
  op('/json'),
  op('/yaml', 'application/x-yaml'),
  op('/text', 'text/plain'),
  op('/bytes', 'application/octet-stream'),
  op('/image', 'image/png'),
  op('/any', '*/*'),
  op('/form', 'multipart/form-data'),
];

interface Case {
  name: string;
  path: string;
  body: () => unknown;
  /** A content type the caller sets (else the operation's). */
  contentType?: string;
  want: { type: string | RegExp; bytes: string | number[] };
}

const cases: Case[] = [
  {
    name: 'a model as JSON',
    path: '/json',
    body: () => ({ name: 'Ada' }),
    want: { type: 'application/json', bytes: '{"name":"Ada"}' },
  },
  {
    name: 'a string under JSON stays JSON',
    path: '/json',
    body: () => 'Ada',
    want: { type: 'application/json', bytes: '"Ada"' },
  },
  {
    name: 'a YAML string as it is',
    path: '/yaml',
    body: () => 'name: Ada\n',
    want: { type: 'application/x-yaml', bytes: 'name: Ada\n' },
  },
  {
    name: 'a model as YAML',
    path: '/yaml',
    body: () => ({ name: 'Ada: L', roles: ['a'] }),
    want: { type: 'application/x-yaml', bytes: 'name: "Ada: L"\nroles:\n  - a\n' },
  },
  {
    name: 'text as it is',
    path: '/text',
    body: () => 'a "quoted" line\n',
    want: { type: 'text/plain', bytes: 'a "quoted" line\n' },
  },
  {
    name: 'bytes from a Uint8Array',
    path: '/bytes',
    body: () => new Uint8Array(bytes),
    want: { type: 'application/octet-stream', bytes },
  },
  {
    name: 'bytes from an ArrayBuffer',
    path: '/bytes',
    body: () => new Uint8Array(bytes).buffer,
    want: { type: 'application/octet-stream', bytes },
  },
  {
    name: 'bytes from a Blob',
    path: '/image',
    body: () => new Blob([new Uint8Array(bytes)]),
    want: { type: 'image/png', bytes },
  },
  {
    name: 'a string as bytes',
    path: '/bytes',
    body: () => 'raw text',
    want: { type: 'application/octet-stream', bytes: 'raw text' },
  },
  {
    name: '*/* with a Blob: its own type',
    path: '/any',
    body: () => new Blob(['<a/>'], { type: 'application/xml' }),
    want: { type: 'application/xml', bytes: '<a/>' },
  },
  {
    name: '*/* with a model: JSON',
    path: '/any',
    body: () => ({ a: 1 }),
    want: { type: 'application/json', bytes: '{"a":1}' },
  },
  {
    name: 'a FormData with its boundary',
    path: '/form',
    body: () => formData(),
    want: { type: /^multipart\/form-data; boundary=/, bytes: 'caption=me;file=f.png(image/png):png' },
  },
  {
    name: 'an object as multipart',
    path: '/form',
    body: () => ({ caption: 'me', file: new Blob(['png'], { type: 'image/png' }) }),
    want: { type: /^multipart\/form-data; boundary=/, bytes: 'caption=me;file=blob(image/png):png' },
  },
  {
    name: 'the caller’s content type wins',
    path: '/json',
    contentType: 'text/csv',
    body: () => 'a,b\n',
    want: { type: 'text/csv', bytes: 'a,b\n' },
  },
  {
    name: 'a YAML type the caller sets',
    path: '/json',
    contentType: 'application/yaml',
    body: () => ({ a: 1 }),
    want: { type: 'application/yaml', bytes: 'a: 1\n' },
  },
];

/** A raw client over all of `operations`; its paths are untyped, as the table is. */
function rawClient(origin: string, transport?: ReturnType<typeof createNodeTransport>) {
  // biome-ignore lint/suspicious/noExplicitAny: the paths of this table are untyped on purpose.
  return createRawClient<any>(createClientCore({ baseUrl: origin, retry: false, transport }), operations);
}

function formData(): FormData {
  const form = new FormData();
  form.append('caption', 'me');
  form.append('file', new Blob(['png'], { type: 'image/png' }), 'f.png');
  return form;
}

describe('raw request bodies, each kind on the wire', () => {
  const received: Array<{ url: string; type: string | undefined; body: Buffer }> = [];
  let origin = '';
  let close = () => {};
  beforeAll(async () => {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ url: req.url!, type: req.headers['content-type'], body: Buffer.concat(chunks) });
        res.writeHead(204);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const transports = [
    { transport: 'fetch', make: () => undefined },
    { transport: 'node', make: () => createNodeTransport() },
  ];
  it.each(cases.flatMap((c) => transports.map((t) => ({ ...c, ...t }))))(
    '$name ($transport)',
    async ({ path, body, contentType, want, make }) => {
      const transport = make();
      try {
        const raw = rawClient(origin, transport);
        received.length = 0;
        const { response } = await raw.POST(path, {
          body: body(),
          ...(contentType ? { headers: { 'Content-Type': contentType } } : {}),
        });
        expect(response.status).toBe(204);
        const got = received[0]!;
        expect(got.url).toBe(path);
        if (typeof want.type === 'string') expect(got.type).toBe(want.type);
        else expect(got.type).toMatch(want.type);
        if (got.type?.startsWith('multipart/')) expect(await formFields(got.type, got.body)).toBe(want.bytes);
        else if (typeof want.bytes === 'string') expect(got.body.toString('utf8')).toBe(want.bytes);
        else expect([...got.body]).toEqual(want.bytes);
      } finally {
        await transport?.close();
      }
    },
  );

  it('a text body that is not a string is refused, naming the operation, before sending', async () => {
    const raw = rawClient(origin);
    received.length = 0;
    await expect(raw.POST('/text', { body: { a: 1 } })).rejects.toThrow(
      'text: a text/plain body must be a string, got Object',
    );
    expect(received).toEqual([]);
  });

  it('concurrent calls each send their own body', async () => {
    const raw = rawClient(origin);
    received.length = 0;
    await Promise.all(['a', 'b', 'c', 'd'].map((t) => raw.POST('/text', { body: t })));
    expect(received.map((r) => r.body.toString()).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

async function formFields(type: string, body: Buffer): Promise<string> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  const fields: string[] = [];
  for (const [name, value] of form)
    fields.push(
      typeof value === 'string'
        ? `${name}=${value}`
        : `${name}=${value.name}(${value.type}):${await value.text()}`,
    );
  return fields.join(';');
}
