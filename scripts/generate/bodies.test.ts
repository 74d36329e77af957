// Every kind of request body and success body, from a generated-Python doc page through the
// reconstructor (no overlay), the generator, the generated client's types (tsc) and a request to a real
// server on 127.0.0.1 that records the bytes and the content type it received. The table's given side is
// one operation of a minimal page of a dialect that prints that kind (`page`); where no dialect prints
// the kind, an OpenAPI fragment (`spec`), with the reason.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { reconstructDocSet } from '../reconstruct/reconstruct.ts';
import { generate, repoRoot } from './generate.js';
import { typeCheck } from './tsc.js';

/** What a server receives: its content type and bytes, or (multipart) the form's fields. */
type Want = { type: string; bytes: string | number[] } | { type: RegExp; form: Record<string, string> };

type Dialect = 'pydantic' | 'classic' | 'swagger-codegen' | 'python-experimental';

/**
 * One operation of a page: its parameter rows (`**name** | **type**| description | notes`), the
 * Content-Type and Accept lists and the return type, as the dialect prints them.
 */
interface PageOp {
  page: Dialect;
  params: string[];
  contentType?: string;
  accept?: string;
  returns?: string;
}

/** An operation fragment (requestBody and responses; responses default to a 204), and why no page gives it. */
interface SpecOp {
  spec: Record<string, unknown>;
  why: string;
}

interface Case {
  /** The operationId (the page's `snake_case` name, camel-cased); the operation is `POST /<id>`. */
  id: string;
  given: PageOp | SpecOp;
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

const row = (name: string, type: string, notes = '') => ` **${name}** | ${type}|  | ${notes}`;
const user = (list: string) => `[**${list}**](User.md)`;
const json = (param: string, type: string): PageOp => ({
  page: 'pydantic',
  params: [row(param, type)],
  contentType: 'application/json',
});
const bytes = [0, 1, 2, 255, 10, 13];
const bytesSource = `new Uint8Array([${bytes.join(', ')}])`;

const cases: Case[] = [
  {
    id: 'jsonModel',
    given: json('user', user('User')),
    call: `c.jsonModel({ body: { name: 'Ada', roles: ['admin'] } })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '{"name":"Ada","roles":["admin"]}' },
    refused: [`c.jsonModel({ body: { roles: ['admin'] } })`],
  },
  {
    id: 'jsonModels',
    given: json('user', user('List[User]')),
    call: `c.jsonModels({ body: [{ name: 'Ada' }, { name: 'Bo' }] })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '[{"name":"Ada"},{"name":"Bo"}]' },
    refused: [`c.jsonModels({ body: { name: 'Ada' } })`],
  },
  {
    id: 'jsonScalar',
    given: json('body', '**int**'),
    call: 'c.jsonScalar({ body: 42 })',
    result: 'undefined',
    want: { type: 'application/json', bytes: '42' },
    refused: [`c.jsonScalar({ body: '42' })`],
  },
  {
    id: 'jsonScalars',
    given: json('request_body', '**List[str]**'),
    call: `c.jsonScalars({ body: ['a', 'b c'] })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '["a","b c"]' },
  },
  {
    id: 'jsonBoolean',
    given: json('body', '**bool**'),
    call: 'c.jsonBoolean({ body: false })',
    result: 'undefined',
    want: { type: 'application/json', bytes: 'false' },
  },
  {
    id: 'plainText',
    given: { page: 'pydantic', params: [row('body', '**str**')], contentType: 'text/plain' },
    call: `c.plainText({ body: 'a "quoted" line\\n' })`,
    result: 'undefined',
    want: { type: 'text/plain', bytes: 'a "quoted" line\n' },
    refused: [`c.plainText({ body: { text: 'x' } })`],
  },
  {
    id: 'yamlText',
    given: { page: 'pydantic', params: [row('body', '**str**')], contentType: 'application/x-yaml' },
    call: `c.yamlText({ body: 'name: Ada\\nroles: [admin]\\n' })`,
    result: 'undefined',
    want: { type: 'application/x-yaml', bytes: 'name: Ada\nroles: [admin]\n' },
  },
  {
    id: 'yamlModel',
    given: { page: 'pydantic', params: [row('user', user('User'))], contentType: 'application/x-yaml' },
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
      given: {
        page: 'pydantic',
        params: [row('body', '**bytearray**')],
        contentType: 'application/octet-stream',
      },
      call: `c.${id}({ body: ${value} })`,
      result: 'undefined',
      want: { type: 'application/octet-stream', bytes },
      refused: [`c.${id}({ body: 42 })`],
    }),
  ),
  {
    id: 'bytesWithoutSchema',
    given: {
      spec: { requestBody: { required: true, content: { 'application/octet-stream': {} } } },
      why: 'every dialect prints a type for the body argument; a media type with no schema is the spec side only',
    },
    call: `c.bytesWithoutSchema({ body: ${bytesSource} })`,
    result: 'undefined',
    want: { type: 'application/octet-stream', bytes },
  },
  {
    id: 'image',
    given: { page: 'swagger-codegen', params: [row('body', '**str**')], contentType: 'image/png' },
    call: `c.image({ body: new Blob([${bytesSource}], { type: 'image/png' }) })`,
    result: 'undefined',
    want: { type: 'image/png', bytes },
  },
  {
    id: 'multipartFiles',
    given: {
      page: 'pydantic',
      params: [
        row('caption', '**str**', '[optional]'),
        row('file', '**bytearray**'),
        row('extra', '**List[bytearray]**', '[optional]'),
        row('meta', user('User'), '[optional]'),
      ],
      contentType: 'multipart/form-data',
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
    given: {
      page: 'pydantic',
      params: [row('name', '**str**')],
      contentType: 'application/x-www-form-urlencoded',
    },
    call: `c.urlEncoded({ body: { name: 'Ada L' } })`,
    result: 'undefined',
    want: { type: 'application/x-www-form-urlencoded', bytes: 'name=Ada+L' },
  },
  {
    id: 'anyModel',
    given: { page: 'swagger-codegen', params: [row('body', user('User'))], contentType: '*/*' },
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
      given:
        id === 'severalText'
          ? // Each media type its own schema: only python-experimental prints that (a section per type).
            {
              page: 'python-experimental',
              params: [],
              contentType: 'application/x-yaml, application/json, text/plain',
            }
          : // The YAML one is listed first: the JSON one is still the default.
            {
              page: 'pydantic',
              params: [row('user', user('User'))],
              contentType: 'application/x-yaml, application/json',
            },
      call: `c.${id}(${input})`,
      result: 'undefined',
      want,
      refused: [
        `c.${id}({ contentType: 'text/csv', body: 'a' })`,
        ...(id === 'severalText' ? [`c.${id}({ contentType: 'text/plain', body: { name: 'Ada' } })`] : []),
        `c.${id}({ body: 'name=Ada' })`,
      ],
    }),
  ),
  {
    id: 'classicFileUpload',
    given: {
      page: 'classic',
      params: [row('name', '**str**', '[optional]'), row('file', '**file_type**')],
      contentType: 'multipart/form-data',
    },
    call: `c.classicFileUpload({ body: { name: 'a.csv', file: new Blob(['a,b'], { type: 'text/csv' }) } })`,
    result: 'undefined',
    want: { type: /^multipart\/form-data; boundary=/, form: { name: 'a.csv', file: 'file(text/csv):a,b' } },
    refused: [`c.classicFileUpload({ body: { name: 'a.csv' } })`],
  },
  {
    id: 'swaggerStrings',
    given: {
      page: 'swagger-codegen',
      params: [row('body', '[**list[str]**](str.md)')],
      contentType: 'application/json',
    },
    call: `c.swaggerStrings({ body: ['a', 'b'] })`,
    result: 'undefined',
    want: { type: 'application/json', bytes: '["a","b"]' },
    refused: [`c.swaggerStrings({ body: 'a' })`],
  },
  {
    id: 'binaryResponse',
    given: { page: 'pydantic', params: [], accept: 'application/octet-stream', returns: '**bytearray**' },
    call: 'c.binaryResponse()',
    result: 'Blob',
    reply: { type: 'application/octet-stream', bytes },
    resolves: { blob: { type: 'application/octet-stream', bytes } },
  },
  {
    id: 'imageResponse',
    given: {
      page: 'swagger-codegen',
      params: [],
      accept: 'image/png',
      returns: 'void (empty response body)',
    },
    call: 'c.imageResponse()',
    result: 'Blob',
    reply: { type: 'image/png', bytes },
    resolves: { blob: { type: 'image/png', bytes } },
  },
  {
    id: 'binaryResponseCalledJson',
    given: { page: 'pydantic', params: [], accept: 'application/octet-stream', returns: '**bytearray**' },
    call: 'c.binaryResponseCalledJson()',
    result: 'Blob',
    reply: { type: 'application/json', bytes: '{"a":1}' },
    resolves: { blob: { type: 'application/json', bytes: [...Buffer.from('{"a":1}')] } },
  },
  {
    id: 'textResponse',
    given: { page: 'pydantic', params: [], accept: 'text/plain', returns: '**str**' },
    call: 'c.textResponse()',
    result: 'string',
    reply: { type: 'text/plain', bytes: '{"looks":"like JSON"}' },
    resolves: { text: '{"looks":"like JSON"}' },
  },
];

const root = join(repoRoot, 'scripts', '.tmp', 'bodies');
const outDir = join(root, 'src', 'generated');
const specFile = join(root, 'openapi.yaml');

const snake = (id: string) => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The marks each dialect's pages carry: its example's imports and comments, and status tables or none. */
const DIALECTS: Record<
  Exclude<Dialect, 'python-experimental'>,
  { example: string; statusTable: boolean; list: (t: string) => string }
> = {
  pydantic: {
    example: 'import bodies\nfrom bodies.models.user import User\nfrom bodies.rest import ApiException',
    statusTable: true,
    list: (t) => `List[${t}]`,
  },
  classic: {
    example:
      'import time\nimport bodies\nfrom bodies.api import bodies_api\nfrom bodies.model.user import User',
    statusTable: true,
    list: (t) => `[${t}]`,
  },
  'swagger-codegen': {
    example:
      'from __future__ import print_function\nimport time\nimport bodies\n\n# create an instance of the API class',
    statusTable: false,
    list: (t) => `list[${t}]`,
  },
};

/** A minimal API page of one dialect with the operations of `table`, in the generator's layout. */
function pageOf(dialect: keyof typeof DIALECTS, table: readonly Case[]): string {
  const marks = DIALECTS[dialect];
  const ops = table.map(({ id, given }) => {
    const op = given as PageOp;
    const name = snake(id);
    return `# **${name}**
> ${name}()

${name}

### Example

\`\`\`python
${marks.example}
\`\`\`

### Parameters
${op.params.length ? `\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n${op.params.join('\n')}\n` : 'This endpoint does not need any parameter.\n'}
### Return type

${op.returns ?? 'void (empty response body)'}

### Authorization

No authorization required

### HTTP request headers

 - **Content-Type**: ${op.contentType ?? 'Not defined'}
 - **Accept**: ${op.accept ?? 'Not defined'}
${
  marks.statusTable
    ? `
### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
**${op.returns ? 200 : 204}** | done |  -  |
`
    : ''
}`;
  });
  return `# bodies.BodiesApi

All URIs are relative to *http://localhost*

Method | HTTP request | Description
------------- | ------------- | -------------
${table.map(({ id }) => `[**${snake(id)}**](BodiesApi.md#${snake(id)}) | **POST** /${id} | ${snake(id)}`).join('\n')}

${ops.join('\n')}`;
}

/** python-experimental's section of one media type's schema (`TextPlain` for text/plain). */
const schemaSection = (type: string) => {
  const name = type.replace(/(^|[/-])(\w)/g, (_, __, c: string) => c.toUpperCase());
  return `# SchemaForRequestBody${name}
${
  type.startsWith('text/')
    ? `
## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
str,  | str,  |  | `
    : `Type | Description  | Notes
------------- | ------------- | -------------
[**Person**](../../models/Person.md) |  | `
}
`;
};

/** A python-experimental page: a body section per media type, then the responses. */
function experimentalPageOf(table: readonly Case[]): string {
  const ops = table.map(({ id, given }) => {
    const types = (given as PageOp).contentType!.split(', ');
    const name = snake(id);
    return `# **${name}**
<a id="${name}"></a>
> ${name}(body)

${name}

### Example

\`\`\`python
import bodies
from bodies.apis.tags import bodies_api
from bodies.model.person import Person
\`\`\`
### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
body | typing.Union[${types.map((t) => `SchemaForRequestBody${t.replace(/(^|[/-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`).join(', ')}] | required |
content_type | str | optional, default is '${types[0]}' | Selects the schema and serialization of the request body

### body

${types.map(schemaSection).join('\n')}
### Return Types, Responses

Code | Class | Description
------------- | ------------- | -------------
n/a | api_client.ApiResponseWithoutDeserialization | When skip_deserialization is True this response is returned
204 | [ApiResponseFor204](#${name}.ApiResponseFor204) | done

#### ${name}.ApiResponseFor204
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
response | urllib3.HTTPResponse | Raw response |
body | Unset | body was not defined |
headers | Unset | headers were not defined |

### Authorization

No authorization required
`;
  });
  return `<a id="__pageTop"></a>
# bodies.apis.tags.bodies_api.BodiesApi

All URIs are relative to *http://localhost*

Method | HTTP request | Description
------------- | ------------- | -------------
${table.map(({ id }) => `[**${snake(id)}**](#${snake(id)}) | **post** /${id} | ${snake(id)}`).join('\n')}

${ops.join('\n')}`;
}

/** python-experimental's model page of `Person`: an object with a required name. */
const personPage = `# bodies.model.person.Person

## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
dict, frozendict.frozendict,  | frozendict.frozendict,  |  | 

### Dictionary Keys
Key | Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | ------------- | -------------
**name** | str,  | str,  |  | 
**any_string_name** | dict, frozendict.frozendict, str, date, datetime, int, float, bool, decimal.Decimal, None, list, tuple, bytes, io.FileIO, io.BufferedReader | frozendict.frozendict, str, BoolClass, decimal.Decimal, NoneClass, tuple, bytes, FileIO | any string name can be used but the value must be the correct type | [optional]
`;

/** The model page of `User` in the dialect's layout. */
const userPage = (dialect: keyof typeof DIALECTS) => `# User

## Properties

Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**name** | **str** |  | 
**roles** | **${DIALECTS[dialect].list('str')}** |  | [optional] 
`;

type Spec = {
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
};

/**
 * The spec of the table: each dialect's page reconstructed (no overlay), its paths and models taken as
 * the reconstructor wrote them; the spec-only operations beside them. One spec, so one generated client.
 */
async function specOf(
  table: readonly Case[],
  dir: string,
): Promise<{ yaml: string; readAs: Record<string, string> }> {
  const readAs: Record<string, string> = {};
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const dialect of [...Object.keys(DIALECTS), 'python-experimental'] as Dialect[]) {
    const ops = table.filter((c) => 'page' in c.given && c.given.page === dialect);
    const docs = join(dir, 'docs', dialect);
    const page = dialect === 'python-experimental' ? 'apis/tags/BodiesApi.md' : 'BodiesApi.md';
    mkdirSync(join(docs, 'apis', 'tags'), { recursive: true });
    mkdirSync(join(docs, 'models'), { recursive: true });
    if (dialect === 'python-experimental') {
      writeFileSync(join(docs, page), experimentalPageOf(ops));
      writeFileSync(join(docs, 'models', 'Person.md'), personPage);
    } else {
      writeFileSync(join(docs, page), pageOf(dialect, ops));
      writeFileSync(join(docs, 'User.md'), userPage(dialect));
    }
    const { yaml, dialects } = await reconstructDocSet({
      dir: docs,
      apiPages: [page],
      title: `bodies (${dialect})`,
      overlayFile: undefined,
      specFile: join(docs, 'openapi.yaml'),
    });
    readAs[dialect] = dialects.join('; ');
    const spec = parse(yaml) as Spec;
    Object.assign(paths, spec.paths);
    Object.assign(schemas, spec.components?.schemas);
  }
  for (const c of table)
    if ('spec' in c.given)
      paths[`/${c.id}`] = {
        post: { operationId: c.id, responses: { '204': { description: 'done' } }, ...c.given.spec },
      };
  const yaml = stringify({
    openapi: '3.1.0',
    info: { title: 'Bodies API', version: '1.0.0' },
    servers: [{ url: 'https://bodies.example.test' }],
    paths,
    components: { schemas },
  });
  return { yaml, readAs };
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

describe('request and response bodies, doc page to bytes on the wire', () => {
  const received = new Map<string, Received>();
  let origin = '';
  let close = () => {};
  // biome-ignore lint/suspicious/noExplicitAny: the generated modules are imported at run time.
  let mod: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let calls: Record<string, (client: any) => Promise<unknown>>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let node: any;
  let readAs: Record<string, string> = {};

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const spec = await specOf(cases, root);
    readAs = spec.readAs;
    writeFileSync(specFile, spec.yaml);
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

  // The reconstructor's name of each dialect, as `pnpm reconstruct` prints it.
  const dialectNames: Record<Dialect, string> = {
    pydantic: 'openapi-generator-python-pydantic',
    classic: 'openapi-generator-python',
    'swagger-codegen': 'swagger-codegen-python',
    'python-experimental': 'openapi-generator-python-experimental',
  };
  it.each(Object.entries(dialectNames))('the %s page is read as %s', (dialect, name) => {
    expect(readAs[dialect]).toMatch(new RegExp(`^(apis/tags/)?BodiesApi\\.md: ${name}[ ,]`));
  });

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
      'severalDefault: contentType "text/csv" is not one it takes (application/json, application/x-yaml)',
    );
    expect(received.has('/severalDefault')).toBe(false);
  });

  it('an API without security schemes: no credential kinds, nothing read from the environment', () => {
    expect(mod.bodiesCredentialsFromEnv({ BODIES_TOKEN: 't' })).toEqual([]);
    for (const kind of ['apiKey', 'basic', 'bearer', 'oauth2']) expect(mod[kind], kind).toBeUndefined();
    expect(typeof mod.CredentialError).toBe('function');
  });
});
