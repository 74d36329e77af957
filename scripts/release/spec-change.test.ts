import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpec } from './read-spec.ts';
import { compareSpecs } from './spec-change.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const load = (name: string) => parseSpec(readFileSync(join(fixtures, name), 'utf8'), `fixtures/${name}`);

describe('compareSpecs', () => {
  const cases = [
    { given: 'base.yaml', want: null, mentions: [] },
    { given: 'reformatted.yaml', want: null, mentions: [] },
    { given: 'response-field-removed.yaml', want: 'major', mentions: ['GET /users/{id}', '`name`'] },
    { given: 'response-type-narrowed.yaml', want: 'major', mentions: ['GET /users/{id}', '`name`'] },
    { given: 'required-param-added.yaml', want: 'major', mentions: ['required query parameter `tenant`'] },
    { given: 'param-becomes-required.yaml', want: 'major', mentions: ['`fields`'] },
    { given: 'security-added.yaml', want: 'major', mentions: ['GET /health', 'security requirement added'] },
    { given: 'operation-removed.yaml', want: 'major', mentions: ['GET /health'] },
    {
      given: 'operation-renamed.yaml',
      want: 'major',
      mentions: ['operationId renamed from `getHealth` to `readHealth`'],
    },
    { given: 'optional-param-added.yaml', want: 'minor', mentions: ['query parameter `expand`'] },
    { given: 'operation-added.yaml', want: 'minor', mentions: ['GET /version'] },
    { given: 'response-field-added.yaml', want: 'minor', mentions: ['`email`'] },
    {
      given: 'security-alternative-added.yaml',
      want: 'minor',
      mentions: ['security alternative added: basic'],
    },
    { given: 'description-edited.yaml', want: 'patch', mentions: ['GET /users/{id}', 'description'] },
  ] as const;

  it.each(cases)('base.yaml -> $given is $want', ({ given, want, mentions }) => {
    const result = compareSpecs(load('base.yaml'), load(given));
    expect(result.bump).toBe(want);
    if (want === null) expect(result.changes).toEqual([]);
    else expect(result.changes.length).toBeGreaterThan(0);
    const text = result.changes.map((c) => `${c.operation ?? ''} ${c.text}`).join('\n');
    for (const mention of mentions) expect(text).toContain(mention);
    // Every listed change is at most the overall bump, and one of them is exactly it.
    if (want !== null) expect(result.changes[0]?.bump).toBe(want);
  });

  it('lists every change with its own bump, most severe first', () => {
    const before = load('base.yaml');
    const after = load('operation-added.yaml');
    const paths = after.paths as Record<string, Record<string, Record<string, unknown>>>;
    paths['/users/{id}']!.get!.description = 'Changed words only.';
    const result = compareSpecs(before, after);
    expect(result.bump).toBe('minor');
    expect(result.changes.map((c) => c.bump)).toEqual(['minor', 'patch']);
  });
});

describe('parseSpec', () => {
  const cases = [
    { given: 'openapi: 3.1.0\npaths: {}\n', want: null },
    { given: 'openapi: 3.1.0\npaths: {\n', want: /^bad\.yaml:\d+:\d+: invalid YAML/ },
    { given: '- a\n- b\n', want: /^bad\.yaml:1: expected an OpenAPI document \(a mapping\), got a list/ },
    { given: 'swagger: "2.0"\n', want: /^bad\.yaml:1: expected "openapi: 3\.x"/ },
  ];
  it.each(cases)('$given', ({ given, want }) => {
    if (want === null) expect(parseSpec(given, 'bad.yaml')).toMatchObject({ openapi: '3.1.0' });
    else expect(() => parseSpec(given, 'bad.yaml')).toThrow(want);
  });
});
