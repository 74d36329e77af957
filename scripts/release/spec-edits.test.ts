import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpec } from './read-spec.ts';
import { compareSpecs } from './spec-change.ts';
import { removeOneResponseField } from './spec-edits.ts';

const load = (name: string) =>
  parseSpec(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), `fixtures/${name}`);

describe('removeOneResponseField', () => {
  const cases = [
    { given: 'base.yaml', want: { schema: 'User', field: 'id' } },
    { given: 'response-field-removed.yaml', want: { schema: 'User', field: 'id' } },
  ];
  it.each(cases)('$given', ({ given, want }) => {
    const spec = load(given);
    expect(removeOneResponseField(spec)).toEqual(want);
    expect(compareSpecs(load(given), spec).bump).toBe('major');
  });

  it('returns null when no response has a schema with properties', () => {
    const spec = load('base.yaml');
    (spec.components as { schemas: Record<string, unknown> }).schemas.User = { type: 'object' };
    expect(removeOneResponseField(spec)).toBeNull();
  });
});
