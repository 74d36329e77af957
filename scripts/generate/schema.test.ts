import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { astToString, type OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './generate.js';
import { openObjects, schemaAst } from './schema.js';
import { loadSpec } from './spec.js';

const opened = (doc: unknown): OpenAPI3 => {
  const spec = structuredClone(doc) as OpenAPI3;
  openObjects(spec);
  return spec;
};

const specFiles = [
  ...readdirSync(join(repoRoot, 'specs')).map((vendor) => join(repoRoot, 'specs', vendor, 'openapi.yaml')),
  join(repoRoot, 'scripts', 'generate', 'fixtures', 'users.openapi.yaml'),
  join(repoRoot, 'scripts', 'generate', 'fixtures', 'models.openapi.yaml'),
];

// emitSchema skips openapiTS's Redocly lint and bundle pass for a self-contained spec; its types must be
// exactly those openapiTS writes with the same options.
describe('schema types by the transform alone equal openapiTS whole', () => {
  const cases = specFiles.map((file) => ({ name: file.slice(repoRoot.length + 1), doc: loadSpec(file).doc }));
  it.each(cases)('$name', async ({ doc }) => {
    const bundled = astToString(await schemaAst(opened(doc), true));
    const direct = astToString(await schemaAst(opened(doc), false));
    expect(direct).toBe(bundled);
    expect(direct).toContain('export interface operations');
  });

  it('a spec with an external $ref goes through openapiTS (which resolves it)', async () => {
    const spec = opened(loadSpec(specFiles.at(-1)!).doc) as unknown as {
      components: { schemas: Record<string, unknown> };
    };
    spec.components.schemas.Missing = { $ref: './missing.yaml#/Missing' };
    await expect(schemaAst(spec as unknown as OpenAPI3)).rejects.toThrow(/missing\.yaml/);
  });
});
