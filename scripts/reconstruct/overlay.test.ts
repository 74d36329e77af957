/**
 * Where the docs are silent, a maintainer speaks in overlay.yaml: fields it adds are typed in the
 * generated package, a model it closes refuses other fields, and a schema it gets wrong stops the run
 * at its own line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitSchema } from '../generate/schema.ts';
import { loadSpec } from '../generate/spec.ts';
import type { Vendor } from '../vendors.ts';
import { DocError } from './doc-error.ts';
import { pydanticDoc, pydanticOp } from './fixtures/docs.ts';
import { reconstructVendor } from './reconstruct.ts';

const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');

// A doc that names its body model and shows no field of it, as Kestra's and Arthur's do.
const doc = pydanticDoc(
  '[**make_sprocket**](X.md#make_sprocket) | **POST** /sprockets | Make sprocket',
  pydanticOp({
    name: 'make_sprocket',
    signature: 'Sprocket make_sprocket(sprocket)',
    summary: 'Make sprocket',
    params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **sprocket** | [**Sprocket**](Sprocket.md)| The sprocket | `,
    returns: '[**Sprocket**](Sprocket.md)',
    contentType: 'application/json',
    responses: '**201** | Made |  -  |',
  }),
);

const vendor: Vendor = {
  id: 'sprockets',
  docSet: 'sprockets',
  apiPages: ['SprocketsApi.md'],
  packageName: '@vendor-clients/sprockets',
  title: 'Sprockets',
  factory: 'createSprocketsClient',
};

const base = mkdtempSync(join(tmpdir(), 'overlay-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let runs = 0;

/** Reconstructs the doc with `overlay`, generates its types, and type-checks `check` against them. */
async function typeCheck(overlay: string, check: string): Promise<string[]> {
  const dir = join(base, String(runs++));
  mkdirSync(join(dir, 'specs', vendor.id), { recursive: true });
  mkdirSync(join(dir, vendor.docSet), { recursive: true });
  writeFileSync(join(dir, vendor.docSet, 'SprocketsApi.md'), doc);
  writeFileSync(join(dir, 'specs', vendor.id, 'overlay.yaml'), overlay);
  const { yaml } = await reconstructVendor(vendor, dir, join(dir, 'specs'));
  const specFile = join(dir, 'specs', vendor.id, 'openapi.yaml');
  writeFileSync(specFile, yaml);
  writeFileSync(join(dir, 'schema.gen.ts'), await emitSchema(loadSpec(specFile).doc, 'fixture'));
  writeFileSync(join(dir, 'check.ts'), `import type { components } from './schema.gen.ts';\n${check}`);
  const program = ts.createProgram([join(dir, 'check.ts')], {
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const head = 'overlay: 1.0.0\ninfo:\n  title: t\n  version: 1.0.0\nactions:\n';

/** given: overlay actions; want: a check that compiles only if the overlay did what it says. */
type TypeCase = [name: string, actions: string, check: string];

const typeCases: TypeCase[] = [
  [
    'without an overlay the model is open and has no known field',
    '  - target: $.info\n    update:\n      description: nothing about Sprocket\n',
    `const any: components['schemas']['Sprocket'] = { teeth: 12, colour: 'red' };
const read: unknown = any.teeth;`,
  ],
  [
    'an added property is typed, and the model stays open',
    `  - target: $.components.schemas.Sprocket
    update:
      properties:
        teeth:
          type: integer
`,
    `type Sprocket = components['schemas']['Sprocket'];
const s: Sprocket = { teeth: 12, colour: 'red' };
const teeth: number | undefined = s.teeth;
// @ts-expect-error teeth is an integer
const wrong: Sprocket = { teeth: 'twelve' };`,
  ],
  [
    'a closed model refuses fields it does not list',
    `  - target: $.components.schemas.Sprocket
    update:
      properties:
        teeth:
          type: integer
      additionalProperties: false
`,
    `type Sprocket = components['schemas']['Sprocket'];
const s: Sprocket = { teeth: 12 };
// @ts-expect-error the overlay closes Sprocket
const extra: Sprocket = { teeth: 12, colour: 'red' };`,
  ],
];

describe('overlay fields in the generated types', () => {
  it.each(typeCases)('%s', async (_name, actions, check) => {
    expect(await typeCheck(`${head}${actions}`, check)).toEqual([]);
  });
});

/** given: overlay actions; want: the overlay line and the reason the run stops with. */
type BadCase = [name: string, actions: string, line: number, reason: RegExp];

const badCases: BadCase[] = [
  [
    'a property type that is not a JSON Schema type',
    `  - target: $.components.schemas.Sprocket
    update:
      properties:
        teeth:
          type: integr
`,
    10,
    /invalid OpenAPI 3\.1 \(1 problem\): `type` can be one of .* at #\/components\/schemas\/Sprocket\/properties\/teeth\/type$/,
  ],
  [
    'a property schema that is not an object',
    `  - target: $.components.schemas.Sprocket
    update:
      properties:
        teeth: 12
`,
    9,
    /Expected type `Schema` \(object\) but got `integer` at #\/components\/schemas\/Sprocket\/properties\/teeth$/,
  ],
  [
    'a $ref to a model that does not exist',
    `  - target: $.components.schemas.Sprocket
    update:
      properties:
        cog:
          $ref: '#/components/schemas/Cog'
`,
    9,
    /Can't resolve \$ref/,
  ],
];

describe('an overlay schema the validator refuses', () => {
  it.each(badCases)('%s: overlay.yaml:LINE: reason', async (_name, actions, line, reason) => {
    const dir = join(base, String(runs++));
    mkdirSync(join(dir, 'specs', vendor.id), { recursive: true });
    mkdirSync(join(dir, vendor.docSet), { recursive: true });
    writeFileSync(join(dir, vendor.docSet, 'SprocketsApi.md'), doc);
    const overlayFile = join(dir, 'specs', vendor.id, 'overlay.yaml');
    writeFileSync(overlayFile, `${head}${actions}`);
    const error = await reconstructVendor(vendor, dir, join(dir, 'specs')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocError);
    expect((error as DocError).file).toBe(overlayFile);
    expect((error as DocError).line).toBe(line);
    expect((error as DocError).reason).toMatch(reason);
    expect((error as DocError).message).toMatch(new RegExp(`^${overlayFile}:${line}: `));
  });
});
