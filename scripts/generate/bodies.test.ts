// Every kind of request body and success body, from a spec fragment in standard OpenAPI 3.1 through
// the generator, the generated client's types (tsc) and a request to a real server on 127.0.0.1 that
// records the bytes and the content type it received. The table's given side is an operation fragment
// (`given`), so it can start from another source of specs (a doc page reconstructed) as well.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate, repoRoot } from './generate.js';
import { typeCheck } from './tsc.js';

/** What a server receives: its content type and bytes, or (multipart) the form's fields. */
type Want = { type: string; bytes: string | number[] } | { type: RegExp; form: Record<string, string> };

interface Case {
  /** The operationId; the operation is `POST /<id>` unless `method` says otherwise. */
  id: string;
  /** The operation, as a spec writes it (requestBody and responses; responses default to a 204). */
  given: Record<string, unknown>;
  /** The call, as TypeScript source on the generated client `c` (type-checked, then run). */
  call: string;
  /** The type the call resolves with, as TypeScript (checked exactly by tsc). */
  result: string;
  /** What the server must receive, for request bodies. */
  want?: Want;
  /** What the server answers, for success bodies, and what the call must resolve with. */
  reply?: { type: string; bytes: number[] | string };
  resolves?: { blob: { type: string; bytes: number[] } } | { text: string };
  /** Calls that must not compile (each becomes a `@ts-expect-error` line). */
  refused?: string[];
}

const json = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const media = (type: string, schema?: unknown) => ({
  required: true,
  content: { [type]: schema === undefined ? {} : { schema } },
});
const user = { $ref: '#/components/schemas/User' };
const binary = { type: 'string', format: 'binary' };
const bytes = [0, 1, 2, 255, 10, 13];
const bytesSource = `new Uint8Array([${bytes.join(', ')}])`;

const cases: Case[] = [
  {
    id: 'jsonModel',
    given: { requestBody: json(user) },
    call: `c.jsonModel({ body: { name: 'Ada', roles: ['admin'] } })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '{"name":"Ada","roles":["admin"]}' },
    refused: [`c.jsonModel({ body: { roles: ['admin'] } })`],
  },
  {
    id: 'jsonModels',
    given: { requestBody: json({ type: 'array', items: user }) },
    call: `c.jsonModels({ body: [{ name: 'Ada' }, { name: 'Bo' }] })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '[{"name":"Ada"},{"name":"Bo"}]' },
    refused: [`c.jsonModels({ body: { name: 'Ada' } })`],
  },
  {
    id: 'jsonScalar',
    given: { requestBody: json({ type: 'integer' }) },
    call: 'c.jsonScalar({ body: 42 })',
    result: 'undefined',
    want: { type: 'application/json', bytes: '42' },
    refused: [`c.jsonScalar({ body: '42' })`],
  },
  {
    id: 'jsonScalars',
    given: { requestBody: json({ type: 'array', items: { type: 'string' } }) },
    call: `c.jsonScalars({ body: ['a', 'b c'] })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '["a","b c"]' },
  },
  {
    id: 'jsonBoolean',
    given: { requestBody: json({ type: 'boolean' }) },
    call: 'c.jsonBoolean({ body: false })',
    result: 'undefined',
    want: { type: 'application/json', bytes: 'false' },
  },
  {
    id: 'plainText',
    given: { requestBody: media('text/plain', { type: 'string' }) },
    call: `c.plainText({ body: 'a "quoted" line\\n' })`,
    result: 'undefined',
    want: { type: 'text/plain', bytes: 'a "quoted" line\n' },
    refused: [`c.plainText({ body: { text: 'x' } })`],
  },
  {
    id: 'yamlText',
    given: { requestBody: media('application/x-yaml', { type: 'string' }) },
    call: `c.yamlText({ body: 'name: Ada\\nroles: [admin]\\n' })`,
    result: 'undefined',
    want: { type: 'application/x-yaml', bytes: 'name: Ada\nroles: [admin]\n' },
  },
  {
    id: 'yamlModel',
    given: { requestBody: media('application/x-yaml', user) },
    call: `c.yamlModel({ body: { name: 'Ada: Lovelace', roles: ['admin', 'x'] } })`,
    result: 'undefined',
    want: { type: 'application/x-yaml', bytes: 'name: "Ada: Lovelace"\nroles:\n  - admin\n  - x\n' },
  },
  ...(
    [
      ['bytesFromUint8Array', bytesSource],
      ['bytesFromArrayBuffer', `${bytesSource}.buffer`],
      ['bytesFromBlob', `new Blob([${bytesSource}])`],
    ] as const
  ).map(
    ([id, value]): Case => ({
      id,
      given: { requestBody: media('application/octet-stream', binary) },
      call: `c.${id}({ body: ${value} })`,
      result: 'undefined',
      want: { type: 'application/octet-stream', bytes },
      refused: [`c.${id}({ body: 42 })`],
    }),
  ),
  {
    id: 'bytesWithoutSchema',
    given: { requestBody: media('application/octet-stream') },
    call: `c.bytesWithoutSchema({ body: ${bytesSource} })`,
    result: 'undefined',
    want: { type: 'application/octet-stream', bytes },
  },
  {
    id: 'image',
    given: { requestBody: media('image/png', binary) },
    call: `c.image({ body: new Blob([${bytesSource}], { type: 'image/png' }) })`,
    result: 'undefined',
    want: { type: 'image/png', bytes },
  },
  {
    id: 'multipartFiles',
    given: {
      requestBody: media('multipart/form-data', {
        type: 'object',
        required: ['file'],
        properties: {
          caption: { type: 'string' },
          file: binary,
          extra: { type: 'array', items: binary },
          meta: user,
        },
      }),
    },
    call: `c.multipartFiles({ body: { caption: 'me', file: new Blob(['png-bytes'], { type: 'image/png' }), extra: [${bytesSource}, new Blob(['two'])], meta: { name: 'Ada' } } })`,
    result: 'undefined',
    want: {
      type: /^multipart\/form-data; boundary=/,
      form: {
        caption: 'me',
        file: 'file(image/png):png-bytes',
        extra: `file(application/octet-stream):${Buffer.from(bytes).toString('latin1')},file(application/octet-stream):two`,
        meta: '{"name":"Ada"}',
      },
    },
    refused: [`c.multipartFiles({ body: { caption: 'me' } })`, `c.multipartFiles({ body: { file: 42 } })`],
  },
  {
    id: 'urlEncoded',
    given: { requestBody: media('application/x-www-form-urlencoded', user) },
    call: `c.urlEncoded({ body: { name: 'Ada L' } })`,
    result: 'undefined',
    want: { type: 'application/x-www-form-urlencoded', bytes: 'name=Ada+L' },
  },
  {
    id: 'anyModel',
    given: { requestBody: media('*/*', user) },
    call: `c.anyModel({ body: { name: 'Ada' } })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '{"name":"Ada"}' },
  },
  ...(
    [
      ['severalDefault', `{ body: { name: 'Ada' } }`, { type: 'application/json', bytes: '{"name":"Ada"}' }],
      [
        'severalYaml',
        `{ contentType: 'application/x-yaml', body: { name: 'Ada' } }`,
        { type: 'application/x-yaml', bytes: 'name: Ada\n' },
      ],
      [
        'severalText',
        `{ contentType: 'text/plain', body: 'name=Ada' }`,
        { type: 'text/plain', bytes: 'name=Ada' },
      ],
    ] as const
  ).map(
    ([id, input, want]): Case => ({
      id,
      // The YAML one is listed first: the JSON one is still the default.
      given: {
        requestBody: {
          required: true,
          content: {
            'application/x-yaml': { schema: user },
            'application/json': { schema: user },
            'text/plain': { schema: { type: 'string' } },
          },
        },
      },
      call: `c.${id}(${input})`,
      result: 'undefined',
      want,
      refused: [
        `c.${id}({ contentType: 'text/csv', body: 'a' })`,
        `c.${id}({ contentType: 'text/plain', body: { name: 'Ada' } })`,
        `c.${id}({ body: 'name=Ada' })`,
      ],
    }),
  ),
  {
    id: 'binaryResponse',
    given: {
      responses: {
        '200': { description: 'bytes', content: { 'application/octet-stream': { schema: binary } } },
      },
    },
    call: 'c.binaryResponse()',
    result: 'Blob',
    reply: { type: 'application/octet-stream', bytes },
    resolves: { blob: { type: 'application/octet-stream', bytes } },
  },
  {
    id: 'imageResponse',
    given: { responses: { '200': { description: 'a picture', content: { 'image/png': {} } } } },
    call: 'c.imageResponse()',
    result: 'Blob',
    reply: { type: 'image/png', bytes },
    resolves: { blob: { type: 'image/png', bytes } },
  },
  {
    id: 'binaryResponseCalledJson',
    given: {
      responses: {
        '200': { description: 'bytes', content: { 'application/octet-stream': { schema: binary } } },
      },
    },
    call: 'c.binaryResponseCalledJson()',
    result: 'Blob',
    reply: { type: 'application/json', bytes: '{"a":1}' },
    resolves: { blob: { type: 'application/json', bytes: [...Buffer.from('{"a":1}')] } },
  },
  {
    id: 'textResponse',
    given: {
      responses: {
        '200': { description: 'text', content: { 'text/plain': { schema: { type: 'string' } } } },
      },
    },
    call: 'c.textResponse()',
    result: 'string',
    reply: { type: 'text/plain', bytes: '{"looks":"like JSON"}' },
    resolves: { text: '{"looks":"like JSON"}' },
  },
];

const root = join(repoRoot, 'scripts', '.tmp', 'bodies');
const outDir = join(root, 'src', 'generated');
const specFile = join(root, 'openapi.yaml');

/** The spec of the table: one operation per case, `POST /<id>`, no security scheme. */
function specOf(table: readonly Case[]): string {
  const paths = Object.fromEntries(
    table.map((c) => [
      `/${c.id}`,
      { post: { operationId: c.id, responses: { '204': { description: 'done' } }, ...c.given } },
    ]),
  );
  return stringify({
    openapi: '3.1.0',
    info: { title: 'Bodies API', version: '1.0.0' },
    servers: [{ url: 'https://bodies.example.test' }],
    paths,
    components: {
      schemas: {
        User: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  });
}

/** The calls as a module: each typed by the generated client and checked against its result type. */
function callsModule(table: readonly Case[]): string {
  const lines = table.map((c) => {
    // Type-checked, never run.
    const refused = (c.refused ?? [])
      .map((r) => `    if (!c) {\n      // @ts-expect-error\n      void ${r};\n    }\n`)
      .join('');
    return `  ${c.id}: async (c: BodiesClient) => {\n${refused}    const result = await ${c.call};\n    return exact<typeof result, ${c.result}>(result);\n  },`;
  });
  return `import type { BodiesClient } from './index.gen.js';

/** Compiles only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<A, B>(value: A & (Same<A, B> extends true ? unknown : never)): A {
  return value;
}

export const calls = {
${lines.join('\n')}
};
`;
}

interface Received {
  type: string | undefined;
  body: Buffer;
}

describe('request and response bodies, spec fragment to bytes on the wire', () => {
  const received = new Map<string, Received>();
  let origin = '';
  let close = () => {};
  // biome-ignore lint/suspicious/noExplicitAny: the generated modules are imported at run time.
  let mod: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let calls: Record<string, (client: any) => Promise<unknown>>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let node: any;

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    writeFileSync(specFile, specOf(cases));
    await generate({ specFile, outDir, factory: 'createBodiesClient' });
    writeFileSync(join(outDir, 'calls.gen.ts'), callsModule(cases));
    mod = await import(join(outDir, 'index.gen.ts'));
    ({ calls } = await import(join(outDir, 'calls.gen.ts')));
    node = await import('@vendor-clients/runtime/node');
    const replies = new Map(cases.filter((c) => c.reply).map((c) => [`/${c.id}`, c.reply!]));
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.set(req.url!, { type: req.headers['content-type'], body: Buffer.concat(chunks) });
        const reply = replies.get(req.url!);
        if (!reply) {
          res.writeHead(204);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': reply.type });
        res.end(typeof reply.bytes === 'string' ? reply.bytes : Buffer.from(reply.bytes));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  }, 120_000);
  afterAll(() => close());

  it('the generated client and the calls type-check (results exact, refused calls refused)', () => {
    const result = typeCheck([join(outDir, 'index.gen.ts'), join(outDir, 'calls.gen.ts')]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  const transports = [
    { transport: 'fetch', make: () => undefined },
    { transport: 'node', make: () => node.createNodeTransport() },
  ];
  const table = cases.flatMap((c) => transports.map((t) => ({ ...c, ...t })));
  it.each(table)('$id ($transport)', async ({ id, want, resolves, make }) => {
    const transport = make();
    const client = mod.createBodiesClient({ baseUrl: origin, retry: false, transport });
    try {
      received.delete(`/${id}`);
      const result = await calls[id]!(client);
      const got = received.get(`/${id}`)!;
      expect(got, 'the request reached the server').toBeDefined();
      if (want && 'form' in want) {
        expect(got.type).toMatch(want.type);
        const form = await new Response(new Uint8Array(got.body), {
          headers: { 'content-type': got.type! },
        }).formData();
        const fields: Record<string, string[]> = {};
        for (const [name, value] of form) {
          const shown =
            typeof value === 'string'
              ? value
              : `file(${value.type}):${Buffer.from(await value.arrayBuffer()).toString('latin1')}`;
          fields[name] = [...(fields[name] ?? []), shown];
        }
        expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(',')]))).toEqual(
          want.form,
        );
      } else if (want) {
        expect(got.type).toBe(want.type);
        if (typeof want.bytes === 'string') expect(got.body.toString('utf8')).toBe(want.bytes);
        else expect([...got.body]).toEqual(want.bytes);
      }
      if (resolves && 'blob' in resolves) {
        expect(result).toBeInstanceOf(Blob);
        const blob = result as Blob;
        expect({ type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] }).toEqual(
          resolves.blob,
        );
      } else if (resolves) expect(result).toBe(resolves.text);
      else expect(result).toBeUndefined();
    } finally {
      await transport?.close();
    }
  });

  it('a contentType the operation does not take is refused before sending, naming those it takes', async () => {
    const client = mod.createBodiesClient({ baseUrl: origin });
    received.delete('/severalDefault');
    await expect(client.severalDefault({ contentType: 'text/csv', body: 'a' })).rejects.toThrow(
      'severalDefault: contentType "text/csv" is not one it takes (application/json, application/x-yaml, text/plain)',
    );
    expect(received.has('/severalDefault')).toBe(false);
  });

  it('an API without security schemes: no credential kinds, nothing read from the environment', () => {
    expect(mod.bodiesCredentialsFromEnv({ BODIES_TOKEN: 't' })).toEqual([]);
    for (const kind of ['apiKey', 'basic', 'bearer', 'oauth2']) expect(mod[kind], kind).toBeUndefined();
    expect(typeof mod.CredentialError).toBe('function');
  });
});
