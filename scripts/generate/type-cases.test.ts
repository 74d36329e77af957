import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from './spec.js';
import { documentedValue, UNDOCUMENTED } from './type-cases.js';

const root: JsonObject = {
  components: {
    schemas: {
      Role: { type: 'string', examples: ['ADMIN'] },
      Open: { type: 'object', properties: { role: { $ref: '#/components/schemas/Role' } } },
      Closed: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false },
    },
  },
};

/** given: a body schema; want: the value a type case sends. */
type TestCase = [name: string, given: Json, want: Json];

const cases: TestCase[] = [
  ['a shapeless object gets only the undocumented field', { type: 'object' }, { [UNDOCUMENTED]: true }],
  [
    'a nullable object is an object, open as openObjects opens it',
    { type: ['object', 'null'] },
    { [UNDOCUMENTED]: true },
  ],
  [
    'every documented field, through $refs, plus the undocumented one',
    { $ref: '#/components/schemas/Open' },
    { role: 'ADMIN', [UNDOCUMENTED]: true },
  ],
  ['a closed model gets no undocumented field', { $ref: '#/components/schemas/Closed' }, { n: 7 }],
  [
    'nested objects and lists are open too',
    {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'object', properties: { k: { type: 'string' } } } },
      },
    },
    { tags: [{ k: 'sample', [UNDOCUMENTED]: true }], [UNDOCUMENTED]: true },
  ],
  [
    'a map gets one entry of its value type',
    { type: 'object', additionalProperties: { type: 'integer', examples: [5] } },
    { anyKey: 5 },
  ],
];

describe('documentedValue', () => {
  it.each(cases)('%s', (_name, given, want) => {
    expect(documentedValue(given, root)).toEqual(want);
  });

  it('refuses a spec that documents the undocumented field', () => {
    expect(() => documentedValue({ type: 'object', properties: { [UNDOCUMENTED]: {} } }, root)).toThrow(
      /documents "notInTheDocs"/,
    );
  });
});
