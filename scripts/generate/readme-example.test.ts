import { describe, expect, it } from 'vitest';
import type { Operation } from './model.js';
import { exampleValue, summaryOf, tsLiteral } from './readme-example.js';
import type { Json, JsonObject } from './spec.js';

const op = (summary: string | undefined, description: string | undefined) =>
  ({ summary, description }) as unknown as Operation;

describe("summaryOf: the summary, else the description's first sentence", () => {
  it.each([
    { summary: 'List users', description: 'All of them.', want: 'List users' },
    { summary: undefined, description: 'get a user', want: 'Get a user' },
    {
      summary: undefined,
      description: 'Lists users, e.g. admins. Then more.',
      want: 'Lists users, e.g. admins.',
    },
    { summary: undefined, description: undefined, want: '' },
  ])('$summary / $description', ({ summary, description, want }) => {
    expect(summaryOf(op(summary, description))).toBe(want);
  });
});

describe('exampleValue: what a user would write', () => {
  const root = { components: { schemas: { Role: { type: 'string', enum: ['ADMIN', 'VIEWER'] } } } };
  it.each([
    { name: 'user_id', schema: { type: 'string' }, want: '8c5b2f9e-3d4a-4f1b-9e7c-6a2d1b0f4e35' },
    { name: 'x', schema: { type: 'string', format: 'uuid' }, want: '8c5b2f9e-3d4a-4f1b-9e7c-6a2d1b0f4e35' },
    { name: 'id', schema: { type: 'integer' }, want: 382004 },
    { name: 'email', schema: { type: 'string' }, want: 'ada@example.com' },
    { name: 'firstName', schema: { type: 'string' }, want: 'Ada' },
    { name: 'size', schema: { type: 'integer', default: 10 }, want: 10 },
    { name: 'role', schema: { $ref: '#/components/schemas/Role' }, want: 'ADMIN' },
    { name: 'groups', schema: { type: 'array', items: { type: 'string' } }, want: [] },
    {
      name: 'body',
      schema: {
        type: 'object',
        required: ['email'],
        properties: { email: { type: 'string' }, name: { type: 'string' }, note: { type: 'string' } },
      },
      want: { email: 'ada@example.com', name: 'Ada Lovelace' },
    },
  ])('$name', ({ name, schema, want }) => {
    expect(exampleValue(name, schema as unknown as Json, root as JsonObject)).toEqual(want);
  });

  it('writes short values on one line and long ones a field per line', () => {
    expect(tsLiteral({ path: { id: 'a' } })).toBe("{ path: { id: 'a' } }");
    expect(tsLiteral({ body: { 'first-name': 'Ada', text: 'x'.repeat(80) } })).toBe(
      `{\n  body: {\n    'first-name': 'Ada',\n    text: '${'x'.repeat(80)}',\n  },\n}`,
    );
  });
});
