import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseConsumerCall, runtimeProgram, typedProgram } from './consumer-program.ts';
import { parseSpec } from './read-spec.ts';

const base = () =>
  parseSpec(readFileSync(join(import.meta.dirname, 'fixtures', 'base.yaml'), 'utf8'), 'base.yaml');

describe('chooseConsumerCall', () => {
  it('picks the first operation callable with scalars and fills its path', () => {
    expect(chooseConsumerCall(base())).toEqual({
      operationId: 'getUser',
      method: 'GET',
      path: '/users/e2e',
      inputEntries: ['path: { "id": \'e2e\' }'],
      credential: { constructor: 'apiKey', expression: "apiKey('e2e-key')" },
    });
  });

  const credentials = [
    { given: { type: 'http', scheme: 'basic' }, want: 'basic' },
    { given: { type: 'http', scheme: 'bearer' }, want: 'bearer' },
    { given: { type: 'apiKey', in: 'header', name: 'Authorization' }, want: 'bearer' },
    { given: { type: 'oauth2', flows: {} }, want: 'bearer' },
  ];
  it.each(credentials)('feeds $given.type $given.scheme$given.name with $want', ({ given, want }) => {
    const spec = base();
    (spec.components as { securitySchemes: Record<string, unknown> }).securitySchemes.apiKey = given;
    expect(chooseConsumerCall(spec).credential?.constructor).toBe(want);
  });

  it('skips operations with a required body or non-scalar parameters, and says so when none is left', () => {
    const spec = base();
    const get = (spec.paths as Record<string, Record<string, Record<string, unknown>>>)['/users/{id}']!.get!;
    get.requestBody = { required: true, content: {} };
    expect(chooseConsumerCall(spec)).toMatchObject({
      operationId: 'getHealth',
      inputEntries: [],
      credential: null,
    });
    spec.paths = {};
    expect(() => chooseConsumerCall(spec)).toThrow(/no operation in the spec/);
  });
});

describe('programs', () => {
  const call = chooseConsumerCall(base());
  const cases = [
    {
      given: 'esm',
      source: runtimeProgram('@x/y', 'createY', call, 'esm'),
      want: "import { createY, apiKey } from '@x/y';",
    },
    {
      given: 'cjs',
      source: runtimeProgram('@x/y', 'createY', call, 'cjs'),
      want: "const { createY, apiKey } = require('@x/y');",
    },
    {
      given: 'typed',
      source: typedProgram('@x/y', 'createY', call),
      want: 'client.getUser({ path: { "id": \'e2e\' } }',
    },
    {
      given: 'typed, broken',
      source: typedProgram('@x/y', 'createY', call, true),
      want: 'client.getUser({ path: { "id": \'e2e\' }, notAnInput: 1 }',
    },
  ];
  it.each(cases)('$given', ({ source, want }) => {
    expect(source).toContain(want);
  });
});
