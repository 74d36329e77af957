import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, repoRoot } from './generate.js';
import { readModel } from './model.js';
import { renderTypeTest } from './shells.js';
import type { Json, JsonObject } from './spec.js';
import { loadSpec } from './spec.js';
import { typeCheck } from './tsc.js';
import {
  bodyCases,
  documentedValue,
  errorCases,
  FieldChecks,
  MAX_DEPTH,
  UNDOCUMENTED,
} from './type-cases.js';

const root: JsonObject = {
  components: {
    schemas: {
      Role: { type: 'string', examples: ['ADMIN'] },
      Open: { type: 'object', properties: { role: { $ref: '#/components/schemas/Role' } } },
      Closed: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false },
      Owned: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
      },
      Node: {
        type: 'object',
        required: ['value'],
        properties: {
          value: { type: 'integer' },
          next: { $ref: '#/components/schemas/Node' },
        },
      },
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
  [
    'a read-only field is never sent, even when required',
    { $ref: '#/components/schemas/Owned' },
    { name: 'sample', [UNDOCUMENTED]: true },
  ],
  [
    'allOf parts add up',
    { allOf: [{ $ref: '#/components/schemas/Owned' }, { $ref: '#/components/schemas/Closed' }] },
    { name: 'sample', n: 7, [UNDOCUMENTED]: true },
  ],
];

describe('documentedValue', () => {
  it.each(cases)('%s', (_name, given, want) => {
    expect(documentedValue(given, root)).toEqual(want);
  });

  it('with requiredOnly, the required fields that may be sent', () => {
    expect(documentedValue({ $ref: '#/components/schemas/Owned' }, root, 0, true)).toEqual({
      name: 'sample',
    });
  });

  it('refuses a spec that documents the undocumented field', () => {
    expect(() => documentedValue({ type: 'object', properties: { [UNDOCUMENTED]: {} } }, root)).toThrow(
      /documents "notInTheDocs"/,
    );
  });
});

/** given: a response schema, read at the type `R`; want: the lines that check it. */
type CheckCase = [name: string, given: Json, want: string[]];

const checkCases: CheckCase[] = [
  [
    'required, optional, enum, nullable and formatted fields, exactly',
    {
      type: 'object',
      required: ['a'],
      properties: {
        a: { type: 'string', format: 'date-time' },
        b: { type: ['integer', 'null'], format: 'int64' },
        c: { type: 'string', enum: ['x', 'y'] },
        d: { enum: ['x', null] },
        'e-f': { type: 'boolean' },
        g: {},
      },
    },
    [
      `expectTypeOf<Pick<R, "a" | "b" | "c" | "d" | "e-f" | "g">>().toEqualTypeOf<{ a: string; b?: number | null; c?: "x" | "y"; d?: "x" | null; "e-f"?: boolean; g?: unknown }>();`,
      'expectTypeOf<R["notInTheDocs"]>().toBeUnknown();',
    ],
  ],
  [
    'a list of a model: the list, then the model at its items',
    { type: 'array', items: { $ref: '#/components/schemas/Closed' } },
    [
      'expectTypeOf<R>().toEqualTypeOf<R[number][]>();',
      'expectTypeOf<Pick<R[number], "n">>().toEqualTypeOf<{ n?: number }>();',
      'expectTypeOf<R[number]>().not.toHaveProperty("notInTheDocs");',
    ],
  ],
  [
    'a map of lists of strings, and a shapeless object',
    {
      type: 'object',
      properties: {
        m: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        s: { type: ['object', 'null'] },
      },
    },
    [
      'expectTypeOf<Pick<R, "m" | "s">>().toEqualTypeOf<{ m?: NonNullable<R["m"]>; s?: NonNullable<R["s"]> | null }>();',
      'expectTypeOf<NonNullable<R["m"]>[string]>().toEqualTypeOf<string[]>();',
      'expectTypeOf<NonNullable<R["s"]>>().toEqualTypeOf<{ [key: string]: unknown }>();',
      'expectTypeOf<R["notInTheDocs"]>().toBeUnknown();',
    ],
  ],
  [
    'a read-only field is read like any other; a recursive model is checked once, then by identity',
    { $ref: '#/components/schemas/Node' },
    [
      'expectTypeOf<Pick<R, "value" | "next">>().toEqualTypeOf<{ value: number; next?: NonNullable<R["next"]> }>();',
      'expectTypeOf<NonNullable<R["next"]>>().toEqualTypeOf<R>();',
      'expectTypeOf<R["notInTheDocs"]>().toBeUnknown();',
    ],
  ],
  [
    'a write-only field is not read',
    { type: 'object', properties: { pw: { type: 'string', writeOnly: true }, n: { type: 'integer' } } },
    [
      'expectTypeOf<Pick<R, "n">>().toEqualTypeOf<{ n?: number }>();',
      'expectTypeOf<R["notInTheDocs"]>().toBeUnknown();',
    ],
  ],
];

describe('FieldChecks', () => {
  it.each(checkCases)('%s', (_name, given, want) => {
    expect(new FieldChecks(root).lines(given, 'R')).toEqual(want);
  });

  it(`follows inline objects ${MAX_DEPTH} levels deep, and no further`, () => {
    let schema: JsonObject = { type: 'object', properties: { leaf: { type: 'string' } } };
    for (let i = 0; i < MAX_DEPTH + 3; i++) schema = { type: 'object', properties: { in: schema } };
    const lines = new FieldChecks(root).lines(schema, 'R');
    expect(lines.filter((l) => l.includes('Pick<'))).toHaveLength(MAX_DEPTH + 1);
  });

  it('checks a model met again, in another body, by identity with where it was checked', () => {
    const checks = new FieldChecks(root);
    checks.lines({ $ref: '#/components/schemas/Open' }, 'A');
    expect(checks.lines({ type: 'array', items: { $ref: '#/components/schemas/Open' } }, 'B')).toEqual([
      'expectTypeOf<B>().toEqualTypeOf<B[number][]>();',
      'expectTypeOf<B[number]>().toEqualTypeOf<A>();',
    ]);
  });
});

const fixture = join(import.meta.dirname, 'fixtures', 'models.openapi.yaml');

/** given: a request body case of the fixture; want: a line the rendered cases hold. */
const bodyLines: Array<[name: string, want: string]> = [
  [
    'the required fields alone: read-only and optional ones may be left out',
    `const minimal: NonNullable<api.CreateAccountInput['body']> = {"name":"sample","role":"admin"};`,
  ],
  [
    'a required field left out, through the method',
    `// @ts-expect-error "name" is required\nbody: without0 });`,
  ],
  [
    '…the function and /raw',
    `void raw.POST("/accounts", { \n// @ts-expect-error "name" is required\nbody: without0 });`,
  ],
  [
    'a read-only field sent',
    `// @ts-expect-error "id" is read-only\nid: "123e4567-e89b-42d3-a456-426614174000" }`,
  ],
  [
    'a wrong enum value',
    `// @ts-expect-error "role" is one of "admin", "member", "guest"\nrole: 'NOT_A_VALUE' }`,
  ],
  [
    'an undocumented field, where the model is closed',
    `// @ts-expect-error the spec closes this model\nnotInTheDocs: true }`,
  ],
];

describe('the fixture cases', () => {
  const spec = loadSpec(fixture);
  const model = readModel(spec);

  it.each(bodyLines)('%s', (_name, want) => {
    expect(bodyCases(model, spec.doc)).toContain(want);
  });

  it('error bodies: each declared status, and an undeclared one answered by default', () => {
    const text = errorCases(model, spec.doc);
    expect(text).toContain('if (api.isApiError(error, "listAccounts", "4XX")) {');
    expect(text).toContain(
      'if (api.isApiError(error, "createAccount", 400)) {\n      expectTypeOf(error).toExtend<api.BadRequestError>();',
    );
    expect(text).toContain(
      'expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies["createAccount"]["default"]>();',
    );
  });

  // The rendered file, and a copy with one expectation turned wrong, checked by tsc as a vendor package is.
  it('hold under tsc, and fail when the types do not match them', async () => {
    // All in src/generated, which biome leaves alone: the rendered text is not formatted.
    const dir = join(repoRoot, 'scripts', '.tmp', 'models', 'src', 'generated');
    await generate({ specFile: fixture, outDir: dir, factory: 'createFixtureClient' });
    writeFileSync(join(dir, 'index.ts'), "export * from './index.gen.js';\n");
    writeFileSync(join(dir, 'raw.ts'), "export * from './raw.gen.js';\n");
    const rendered = renderTypeTest('createFixtureClient', spec);
    writeFileSync(join(dir, 'types.test-d.ts'), rendered);
    const wrong = rendered.replace('email?: string;', 'email: string;');
    expect(wrong).not.toBe(rendered);
    writeFileSync(join(dir, 'wrong.test-d.ts'), wrong);
    const result = typeCheck([join(dir, 'types.test-d.ts'), join(dir, 'wrong.test-d.ts')]);
    const errors = result.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(errors.filter((l) => !l.includes('wrong.test-d.ts'))).toEqual([]);
    // `email` turned required where Account is checked field by field: that check fails, nothing else.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((l) => /wrong\.test-d\.ts\(\d+,\d+\): error TS2344/.test(l))).toBe(true);
  }, 60_000);
});
