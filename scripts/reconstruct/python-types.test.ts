import { describe, expect, it } from 'vitest';
import { PythonTypeError, pythonTypeToSchema } from './python-types.ts';

const ANY = 'bool, date, datetime, dict, float, int, list, str, none_type';

/** given: a documented Python type; want: its schema, or the error it must raise. */
const cases: Array<[name: string, given: string, want: object | RegExp]> = [
  ['a scalar', 'str', { type: 'string' }],
  ['a model', 'Widget', { $ref: '#/components/schemas/Widget' }],
  ['a bare list', 'list', { type: 'array' }],
  ['a one-type tuple map', '{str: (bool,)}', { type: 'object', additionalProperties: { type: 'boolean' } }],
  // openapi-generator 5.x prints an untyped value as the tuple of every type it accepts.
  ['any value', ANY, {}],
  [
    'a map of any value (a free-form object)',
    `{str: (${ANY})}`,
    { type: 'object', additionalProperties: {} },
  ],
  ['a nullable string', 'str, none_type', { type: ['string', 'null'] }],
  ['a list of nullable strings', '[str, none_type]', { type: 'array', items: { type: ['string', 'null'] } }],
  [
    'a map of nullable models',
    '{str: (Widget, none_type)}',
    { type: 'object', additionalProperties: { $ref: '#/components/schemas/Widget' } },
  ],
  [
    "swagger-codegen's map",
    'dict(str, Widget)',
    { type: 'object', additionalProperties: { $ref: '#/components/schemas/Widget' } },
  ],
  ['two types that are neither nullable nor all', 'str, int', /unsupported union of types "str, int"/],
  ['an unknown lower-case name', 'strr', /unknown type "strr"/],
];

describe('pythonTypeToSchema', () => {
  it.each(cases)('%s: %s', (_name, given, want) => {
    if (want instanceof RegExp) {
      expect(() => pythonTypeToSchema(given)).toThrow(PythonTypeError);
      expect(() => pythonTypeToSchema(given)).toThrow(want);
    } else expect(pythonTypeToSchema(given)).toEqual(want);
  });
});
