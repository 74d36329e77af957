import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointerToJsonPath, propose, type ReadReport } from './proposals.ts';
import { readReports } from './read-reports.ts';
import { appendActions } from './write-overlay.ts';

const spec = {
  components: {
    schemas: {
      User: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          age: { type: 'integer' },
          seen: { type: 'string', format: 'date' },
        },
        required: ['id', "o'neil"],
      },
      Role: { type: 'string', enum: ['ADMIN'] },
    },
  },
};

const report = (fields: Partial<ReadReport>): ReadReport => ({
  vendor: 'acme',
  operation: 'getUser',
  status: 200,
  pointer: '/x',
  kind: 'unknown-field',
  expected: '',
  arrived: '',
  schema: '#/components/schemas/User',
  count: 1,
  source: 'drift.jsonl:1',
  ...fields,
});

describe('pointerToJsonPath', () => {
  it.each([
    { pointer: '#', want: '$' },
    { pointer: '#/components/schemas/User', want: '$.components.schemas.User' },
    {
      pointer: '#/paths/~1users~1{id}/get/responses/200/content/application~1json/schema',
      want: "$.paths['/users/{id}'].get.responses['200'].content['application/json'].schema",
    },
    { pointer: "#/components/schemas/it's", want: "$.components.schemas['it\\'s']" },
  ])('$pointer', ({ pointer, want }) => {
    expect(pointerToJsonPath(pointer)).toBe(want);
  });
});

describe('propose', () => {
  it.each([
    {
      given: 'a field seen twice with two types: one action, types joined, counted',
      reports: [
        report({ field: 'nick', shape: { type: 'string' } }),
        report({ field: 'nick', shape: { type: 'null' } }),
      ],
      want: [
        {
          target: '$.components.schemas.User',
          update: { properties: { nick: { type: ['null', 'string'] } } },
          seen: 2,
        },
      ],
      notes: [],
    },
    {
      given: 'a field the spec already has (an earlier --write, reconstructed): nothing',
      reports: [report({ field: 'age', shape: { type: 'integer' } })],
      want: [],
      notes: [],
    },
    {
      given: 'a required field with a quote in its name',
      reports: [report({ kind: 'required', field: "o'neil" })],
      want: [{ target: "$.components.schemas.User.required[?@ == 'o\\'neil']", remove: true, seen: 1 }],
      notes: [],
    },
    {
      given: 'a fraction where an integer is documented: number (which holds both)',
      reports: [
        report({
          kind: 'type',
          schema: '#/components/schemas/User/properties/age',
          shape: { type: 'number' },
        }),
      ],
      want: [{ target: '$.components.schemas.User.properties.age', update: { type: 'number' }, seen: 1 }],
      notes: [],
    },
    {
      given: 'enum values: listed ones kept first, each new one once; a withheld one is a note',
      reports: [
        report({ kind: 'enum', schema: '#/components/schemas/Role', value: 'OWNER' }),
        report({ kind: 'enum', schema: '#/components/schemas/Role', value: 'OWNER' }),
        report({ kind: 'enum', schema: '#/components/schemas/Role', value: 'GUEST' }),
        report({ kind: 'enum', schema: '#/components/schemas/Role', source: 'drift.jsonl:9' }),
      ],
      want: [{ target: '$.components.schemas.Role', update: { enum: ['ADMIN', 'OWNER', 'GUEST'] }, seen: 3 }],
      notes: [
        'drift.jsonl:1: getUser 200 /x: an enum value was withheld (it did not read as a member); add it by hand if it is one'.replace(
          'drift.jsonl:1',
          'drift.jsonl:9',
        ),
      ],
    },
    {
      given: 'a format the API does not keep',
      reports: [
        report({ kind: 'format', schema: '#/components/schemas/User/properties/seen', arrived: 'string' }),
      ],
      want: [{ target: '$.components.schemas.User.properties.seen.format', remove: true, seen: 1 }],
      notes: [],
    },
    {
      given: 'a constraint, and a schema the spec no longer has: notes only',
      reports: [
        report({ kind: 'constraint', expected: 'maxLength 3', arrived: 'a string outside it' }),
        report({ schema: '#/components/schemas/Gone', field: 'x' }),
      ],
      want: [],
      notes: [
        "drift.jsonl:1: getUser 200 /x: constraint (expected maxLength 3, got a string outside it) needs a maintainer's judgement",
        'drift.jsonl:1: getUser 200 /x: #/components/schemas/Gone is not in the spec (changed since the report?)',
      ],
    },
    {
      given: "another vendor's reports: ignored",
      reports: [report({ vendor: 'other', field: 'x' })],
      want: [],
      notes: [],
    },
  ])('$given', ({ reports, want, notes }) => {
    const got = propose('acme', spec, reports);
    expect(got.proposals).toEqual(want.map((w) => expect.objectContaining(w)));
    expect(got.notes).toEqual(notes);
  });
});

describe('readReports', () => {
  it.each([
    { given: 'a line that is not JSON', text: '{"vendor":\n', want: /drift\.jsonl:1: not JSON/ },
    {
      given: 'a report without a kind',
      text: '\n{"vendor":"a","operation":"o","status":200,"pointer":"","schema":"#"}\n',
      want: /drift\.jsonl:2: not a drift report \(no "kind"\)/,
    },
    {
      given: 'an unknown kind',
      text: '{"vendor":"a","operation":"o","status":200,"pointer":"","schema":"#","kind":"vibes"}',
      want: /drift\.jsonl:1: unknown kind "vibes"/,
    },
  ])('$given fails with its file and line', ({ text, want }) => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-drift-read-'));
    try {
      writeFileSync(join(dir, 'drift.jsonl'), text);
      expect(() => readReports(join(dir, 'drift.jsonl'))).toThrow(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('appendActions', () => {
  const overlay = `# Facts.\noverlay: 1.0.0\ninfo:\n  title: t\n  version: 1.0.0\nactions:\n  # Servers.\n  - target: $.servers\n    remove: true\n`;
  const proposal = {
    vendor: 'acme',
    target: '$.components.schemas.User',
    update: { properties: { x: { type: 'string' } } },
    why: 'seen',
    seen: 1,
  };

  it('appends under a comment naming the source, the rest of the file as it was; a repeat adds nothing', () => {
    const once = appendActions(overlay, 'overlay.yaml', [proposal], 'drift.jsonl');
    expect(once.added).toHaveLength(1);
    expect(once.text).toBe(
      `${overlay}  # Observed API traffic (pnpm drift, drift.jsonl): seen.\n  - target: $.components.schemas.User\n    update:\n      properties:\n        x:\n          type: string\n`,
    );
    const twice = appendActions(once.text, 'overlay.yaml', [proposal], 'drift.jsonl');
    expect(twice).toEqual({ text: once.text, added: [] });
  });
});
