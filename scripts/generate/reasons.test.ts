import { describe, expect, it } from 'vitest';
import { reasonPaths } from './reasons.js';
import type { JsonObject } from './spec.js';

const root: JsonObject = {
  components: {
    schemas: {
      ValidationError: {
        type: 'object',
        properties: {
          loc: { type: 'array', items: { type: 'string' } },
          msg: { type: 'string' },
          type: { type: 'string' },
        },
      },
      Inner: { type: 'object', properties: { id: { type: 'string' }, description: { type: 'string' } } },
    },
  },
};

/** given: an error model; want: where its reason is, best first. */
const cases: Array<[name: string, given: JsonObject, want: string[][]]> = [
  [
    'error_message before its description; codes, ids and params are never one',
    {
      type: 'object',
      properties: {
        error_message: { type: 'string' },
        error_id: { type: 'string' },
        error_code: { type: 'string' },
        error_message_description: { type: 'string' },
        error_message_code: { type: 'string' },
        error_params: { type: 'object', additionalProperties: { type: 'string' } },
      },
      required: ['error_message', 'error_id'],
    },
    [['error_message'], ['error_message_description']],
  ],
  [
    'a list of validation errors, as the list',
    {
      type: 'object',
      properties: { detail: { type: 'array', items: { $ref: '#/components/schemas/ValidationError' } } },
    },
    [['detail']],
  ],
  [
    'a nested envelope, through its own reason field',
    { type: 'object', properties: { error: { $ref: '#/components/schemas/Inner' } } },
    [['error', 'description']],
  ],
  [
    'an object so named with no fields of its own, as it is',
    { type: 'object', properties: { error: { type: 'object' } } },
    [['error']],
  ],
  [
    'camelCase, required first within a rank',
    {
      type: 'object',
      properties: {
        title: { type: 'string' },
        errorMessage: { type: 'string' },
        message: { type: 'string' },
      },
      required: ['message'],
    },
    [['message'], ['errorMessage'], ['title']],
  ],
  ['allOf parts merged', { allOf: [{ $ref: '#/components/schemas/Inner' }] }, [['description']]],
  [
    'no field named as a reason',
    { type: 'object', properties: { code: { type: 'integer' }, id: { type: 'string' } } },
    [],
  ],
  ['no shape at all', { type: 'object', description: 'The docs show no shape.' }, []],
];

describe('reasonPaths', () => {
  it.each(cases)('%s', (_name, given, want) => {
    expect(reasonPaths(given, root)).toEqual(want);
  });
});
