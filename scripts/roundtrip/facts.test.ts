import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../reconstruct/build-spec.ts';
import { NO_SHAPE } from '../reconstruct/build-spec.ts';
import type { Schema } from '../reconstruct/schema.ts';
import { described, factsOf, typeOf } from './facts.ts';

const types: Array<[given: Schema | undefined, want: string]> = [
  [undefined, '(none)'],
  [{}, 'any'],
  [{ type: 'string', format: 'date-time' }, 'string(date-time)'],
  [{ type: ['string', 'null'] }, 'string|null'],
  [{ $ref: '#/components/schemas/User' }, 'User'],
  [{ type: 'array', items: { $ref: '#/components/schemas/User' } }, 'array<User>'],
  [{ type: 'array' }, 'array<any>'],
  [{ type: 'object' }, 'object'],
  [{ type: 'object', additionalProperties: {} }, 'object'],
  [{ type: 'object', additionalProperties: { type: 'integer' } }, 'map<integer>'],
  [{ type: 'object', properties: {}, additionalProperties: { type: 'string' } }, 'map<string>'],
  [
    { type: 'object', properties: { id: { type: 'integer' } }, additionalProperties: { type: 'string' } },
    'object{id:integer}&map<string>',
  ],
  [
    { type: 'object', additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/Role' } } },
    'map<array<Role>>',
  ],
  [
    { type: 'object', properties: { b: { type: 'string' }, a: { type: 'integer' } } },
    'object{a:integer,b:string}',
  ],
];

describe('typeOf', () => {
  it.each(types)('%j -> %s', (given, want) => {
    expect(typeOf(given)).toBe(want);
  });
});

const descriptions: Array<[given: Schema | undefined, want: Record<string, unknown>]> = [
  [undefined, { type: '(none)' }],
  [{ type: 'integer', format: 'int64' }, { type: 'integer(int64)' }],
  [
    { type: ['string', 'null'], format: 'date' },
    { type: 'string(date)', nullable: true },
  ],
  [{ type: ['string', 'integer', 'null'] }, { type: 'string|integer', nullable: true }],
  [{ type: 'null' }, { type: 'null' }],
  [
    { type: 'string', readOnly: true },
    { type: 'string', readOnly: true },
  ],
  [
    { type: 'integer', default: 0 },
    { type: 'integer', default: 0 },
  ],
  [
    { type: 'string', enum: ['a', 'b'] },
    { type: 'string', enum: ['a', 'b'] },
  ],
  [
    { type: 'array', items: { type: 'string', enum: ['x'] } },
    { type: 'array<string>', enum: ['x'] },
  ],
  [
    { type: 'object', additionalProperties: { type: 'string', enum: ['y'] } },
    { type: 'map<string>', enum: ['y'] },
  ],
  [
    { $ref: '#/components/schemas/User', readOnly: true },
    { type: 'User', readOnly: true },
  ],
];

describe('described', () => {
  it.each(descriptions)('%j -> %j', (given, want) => {
    expect(described(given)).toEqual(want);
  });
});

describe('factsOf', () => {
  it('reads operations, parameters, bodies, responses, security, schemes, models and fields', () => {
    const spec: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/users/{id}': {
          patch: {
            operationId: 'patchUser',
            summary: 'Patch a user',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              {
                name: 'mode',
                in: 'query',
                required: false,
                schema: { type: 'string', enum: ['a', 'b'], default: 'a' },
              },
            ],
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Patch' } } },
            },
            responses: {
              '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
              '404': { description: 'missing' },
            },
            security: [{ basic: [] }, { token: [] }],
          },
        },
      },
      components: {
        schemas: {
          Patch: { type: 'object', description: NO_SHAPE },
          User: {
            type: 'object',
            properties: {
              id: { type: 'string', readOnly: true },
              role: { $ref: '#/components/schemas/Role' },
            },
            required: ['id'],
          },
          Role: { type: 'string', enum: ['admin', 'user'], default: 'user' },
          Closed: { type: 'object', properties: {}, additionalProperties: false },
        },
        securitySchemes: {
          basic: { type: 'http', scheme: 'basic' },
          token: { type: 'apiKey', in: 'header', name: 'X-T' },
        },
      },
    };
    expect(factsOf(spec).map((f) => [`${f.kind} ${f.key}`, f.value])).toEqual([
      ['operation PATCH /users/{id}', { operationId: 'patchUser', summary: 'Patch a user' }],
      ['parameter PATCH /users/{id} path:id', { required: true, type: 'string' }],
      [
        'parameter PATCH /users/{id} query:mode',
        { required: false, type: 'string', default: 'a', enum: ['a', 'b'] },
      ],
      ['body PATCH /users/{id}', { contentType: 'application/json', required: true, type: 'Patch' }],
      ['response PATCH /users/{id} 200', { contentType: 'application/json', type: 'User' }],
      ['response PATCH /users/{id} 404', 'no body'],
      ['security PATCH /users/{id}', ['basic', 'token']],
      ['scheme basic', { type: 'http', scheme: 'basic' }],
      ['scheme token', { type: 'apiKey', in: 'header', name: 'X-T' }],
      ['model Patch', { shape: 'none', type: 'object' }],
      ['model User', { type: 'object' }],
      ['field User.id', { required: true, type: 'string', readOnly: true }],
      ['field User.role', { required: false, type: 'Role' }],
      ['model Role', { type: 'string', default: 'user', enum: ['admin', 'user'] }],
      ['model Closed', { type: 'object', closed: true }],
    ]);
  });
});
