/**
 * The body is what the page marks as the body, whatever its type; query parameters stay query
 * parameters; each listed media type is its own content key; binary returns are binary schemas.
 * Given: one operation of a minimal pydantic-layout page (parameter rows, Content-Type, Accept,
 * return type); want: its parameters and its requestBody/200 content as the spec writes them.
 */
import { describe, expect, it } from 'vitest';
import { buildSpec } from '../build-spec.ts';
import { docSetOf, pydanticDoc, pydanticOp } from '../fixtures/docs.ts';
import { parseDocSet } from '../read-doc-set.ts';

const head = `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------`;

interface Case {
  name: string;
  rows: string;
  contentType?: string;
  accept?: string;
  returns?: string;
  want: { parameters: string[]; body?: Record<string, unknown>; response?: Record<string, unknown> };
}

const str = { schema: { type: 'string' } };
const cases: Case[] = [
  {
    name: 'a plain string body named body, sent as YAML',
    rows: ` **tenant** | **str**|  | \n **body** | **str**| The app | `,
    contentType: 'application/x-yaml',
    want: { parameters: ['tenant in path'], body: { 'application/x-yaml': str } },
  },
  {
    name: 'a list of strings named request_body',
    rows: ` **tenant** | **str**|  | \n **request_body** | **List[str]**|  | `,
    contentType: 'application/json',
    want: {
      parameters: ['tenant in path'],
      body: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
    },
  },
  {
    name: 'a bool body',
    rows: ` **tenant** | **str**|  | \n **body** | **bool**|  | `,
    contentType: 'application/json',
    want: { parameters: ['tenant in path'], body: { 'application/json': { schema: { type: 'boolean' } } } },
  },
  {
    name: 'a list of models, then optional query parameters',
    rows: ` **tenant** | **str**|  | \n **trigger** | [**List[Trigger]**](Trigger.md)|  | \n **q** | **str**|  | [optional] `,
    contentType: 'application/json',
    want: {
      parameters: ['tenant in path', 'q in query'],
      body: {
        'application/json': {
          schema: { type: 'array', items: { $ref: '#/components/schemas/Trigger' } },
        },
      },
    },
  },
  {
    name: 'a model body, then an optional structured query parameter',
    rows: ` **tenant** | **str**|  | \n **query** | [**Query**](Query.md)|  | \n **filters** | [**List[QueryFilter]**](QueryFilter.md)|  | [optional] `,
    contentType: 'application/json',
    want: {
      parameters: ['tenant in path', 'filters in query'],
      body: { 'application/json': { schema: { $ref: '#/components/schemas/Query' } } },
    },
  },
  {
    name: 'multipart with a file and an optional model field',
    rows: ` **tenant** | **str**|  | \n **logo** | **bytearray**| The logo | \n **parameters** | [**Params**](Params.md)|  | [optional] `,
    contentType: 'multipart/form-data',
    want: {
      parameters: ['tenant in path'],
      body: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              logo: { type: 'string', format: 'binary', description: 'The logo' },
              parameters: { $ref: '#/components/schemas/Params' },
            },
            required: ['logo'],
          },
        },
      },
    },
  },
  {
    name: 'two content types, and the Content-Type argument the generator prints',
    rows: ` **tenant** | **str**|  | \n **query** | [**Query**](Query.md)|  | \n **content_type** | **str**|  | [default to &#39;application/json&#39;]`,
    contentType: 'application/json, application/capnp',
    accept: 'application/json, application/capnp',
    returns: '[**Query**](Query.md)',
    want: {
      parameters: ['tenant in path'],
      body: {
        'application/json': { schema: { $ref: '#/components/schemas/Query' } },
        'application/capnp': { schema: { $ref: '#/components/schemas/Query' } },
      },
      response: {
        'application/json': { schema: { $ref: '#/components/schemas/Query' } },
        'application/capnp': { schema: { $ref: '#/components/schemas/Query' } },
      },
    },
  },
  {
    name: 'a bytearray response under its media type',
    rows: ` **tenant** | **str**|  | `,
    accept: 'application/octet-stream',
    returns: '**bytearray**',
    want: {
      parameters: ['tenant in path'],
      response: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
  },
  {
    name: 'a void return whose Accept is image/png: a binary body (how swagger-codegen prints a file)',
    rows: ` **tenant** | **str**|  | `,
    accept: 'image/png',
    returns: 'void (empty response body)',
    want: {
      parameters: ['tenant in path'],
      response: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
    },
  },
  {
    name: 'no Content-Type: a model argument is a query parameter',
    rows: ` **tenant** | **str**|  | \n **filter** | [**Filter**](Filter.md)|  | `,
    want: { parameters: ['tenant in path', 'filter in query'] },
  },
];

describe('request bodies and responses from what the page says', () => {
  it.each(cases)('$name', ({ rows, contentType, accept, returns, want }) => {
    const doc = pydanticDoc(
      '[**op**](X.md#op) | **POST** /t/{tenant}/things | Op',
      pydanticOp({
        name: 'op',
        signature: 'object op(tenant)',
        summary: 'Op',
        params: `${head}\n${rows}`,
        returns: returns ?? '**object**',
        ...(contentType ? { contentType } : {}),
        ...(accept ? { accept } : {}),
        responses: '**200** | OK |  -  |',
      }),
    );
    const spec = buildSpec(parseDocSet(docSetOf({ 'fixture.md': doc })).api, 'F', { doc: 'f', sha256: '0' });
    const op = spec.paths['/t/{tenant}/things']!.post as {
      parameters?: Array<{ name: string; in: string }>;
      requestBody?: { content: unknown };
      responses: Record<string, { content?: unknown }>;
    };
    expect((op.parameters ?? []).map((p) => `${p.name} in ${p.in}`)).toEqual(want.parameters);
    expect(op.requestBody?.content).toEqual(want.body);
    if (want.response) expect(op.responses['200']!.content).toEqual(want.response);
  });
});
