import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { vendors } from '../vendors.js';
import { repoRoot } from './generate.js';
import { driftedFiles, renderShells, shellFiles } from './shells.js';
import { loadSpec } from './spec.js';

describe('vendor package shells', () => {
  it('are exactly what the template makes from each spec (run `pnpm --filter @vendor-clients/scripts shells`)', () => {
    expect(driftedFiles(vendors)).toEqual([]);
  }, 60_000);

  it('declare the generate inputs of their own spec and the generator, and one-line re-export', () => {
    for (const [vendor, files] of renderShells(vendors)) {
      const turbo = JSON.parse(files['turbo.json']!);
      expect(turbo.extends).toEqual(['//']);
      expect(turbo.tasks.generate.inputs).toContain(`$TURBO_ROOT$/specs/${vendor.id}/**`);
      expect(turbo.tasks.generate.inputs.filter((i: string) => i.includes('/specs/'))).toHaveLength(1);
      // The shells task renders (and turbo restores) exactly the template's files, from its own spec.
      expect(turbo.tasks.shells.outputs).toEqual(shellFiles());
      expect(turbo.tasks.shells.inputs.filter((i: string) => i.includes('/specs/'))).toEqual([
        `$TURBO_ROOT$/specs/${vendor.id}/openapi.yaml`,
      ]);
      expect(turbo.tasks.generate.dependsOn).toContain('shells');
      expect(files['src/index.ts']).toBe("export * from './generated/index.gen.js';\n");
      expect(JSON.parse(files['package.json']!)).toMatchObject({
        name: vendor.packageName,
        scripts: { generate: 'vc-generate' },
      });
      expect(files['README.md']).toContain(`npm install ${vendor.packageName}`);
    }
  }, 60_000);

  it('follow a spec change: a new operation gets its README row and its type cases', () => {
    const kestra = vendors.find((v) => v.id === 'kestra')!;
    const dir = mkdtempSync(join(tmpdir(), 'vc-shells-'));
    try {
      const doc = parse(readFileSync(join(repoRoot, 'specs', 'kestra', 'openapi.yaml'), 'utf8'));
      doc.paths['/api/v1/shells-test/{id}'] = {
        put: {
          operationId: 'renameShellsTest',
          summary: 'Added by shells.test.ts',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['label'], properties: { label: { type: 'string' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'renamed',
              content: {
                'application/json': { schema: { type: 'object', properties: { label: { type: 'string' } } } },
              },
            },
          },
        },
      };
      const file = join(dir, 'openapi.yaml');
      writeFileSync(file, stringify(doc));
      const before = renderShells([kestra]).get(kestra)!;
      const after = renderShells([kestra], () => loadSpec(file)).get(kestra)!;
      expect(before['README.md']).not.toContain('renameShellsTest');
      expect(after['README.md']).toMatch(
        /\| PUT +\| `\/api\/v1\/shells-test\/\{id\}` +\| `renameShellsTest` +\| Added by shells\.test\.ts +\|/,
      );
      expect(before['src/types.test-d.ts']).not.toContain('renameShellsTest');
      expect(after['src/types.test-d.ts']).toContain(`api.RenameShellsTestInput['body']`);
      expect(after['src/types.test-d.ts']).toContain(`api.RenameShellsTestResult`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
