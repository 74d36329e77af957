import { describe, expect, it } from 'vitest';
import { responseSchema } from './validation.js';

describe('responseSchema', () => {
  it.each([
    {
      given: 'an object listing fields: closed, annotations dropped',
      schema: {
        type: 'object',
        description: 'A user',
        example: { id: 'x' },
        'x-vendor': 1,
        properties: { id: { type: 'string', readOnly: true } },
      },
      want: { type: 'object', properties: { id: { type: 'string' } }, unevaluatedProperties: false },
    },
    {
      given: 'an object whose spec says additionalProperties: stays as the spec says',
      schema: {
        type: 'object',
        properties: { id: { type: 'string' } },
        additionalProperties: { type: 'integer' },
      },
      want: {
        type: 'object',
        properties: { id: { type: 'string' } },
        additionalProperties: { type: 'integer' },
      },
    },
    {
      given: 'a free-form object (no fields listed): open',
      schema: { type: 'object' },
      want: { type: 'object' },
    },
    {
      given: 'a component $ref: into $defs',
      schema: { type: 'array', items: { $ref: '#/components/schemas/User' } },
      want: { type: 'array', items: { $ref: '#/$defs/User' } },
    },
    {
      given: 'a write-only required field: not required in a response',
      schema: {
        type: 'object',
        properties: { password: { type: 'string', writeOnly: true }, id: { type: 'string' } },
        required: ['password', 'id'],
      },
      want: {
        type: 'object',
        properties: { password: { type: 'string' }, id: { type: 'string' } },
        required: ['id'],
        unevaluatedProperties: false,
      },
    },
    {
      given: 'allOf members stay open, the object composing them is closed',
      schema: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          { type: 'object', properties: { extra: { type: 'string' } } },
        ],
      },
      want: {
        allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { extra: { type: 'string' } } }],
        unevaluatedProperties: false,
      },
    },
    {
      given: 'enum, format and nullable types kept',
      schema: { type: ['string', 'null'], enum: ['a', 'b', null], format: 'date-time', default: 'a' },
      want: { type: ['string', 'null'], enum: ['a', 'b', null], format: 'date-time' },
    },
  ])('$given', ({ schema, want }) => {
    expect(responseSchema(schema)).toEqual(want);
  });
});
