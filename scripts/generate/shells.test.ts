import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors.js';
import { driftedFiles, renderShells } from './shells.js';

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
      expect(files['src/index.ts']).toBe("export * from './generated/index.gen.js';\n");
      expect(JSON.parse(files['package.json']!)).toMatchObject({
        name: vendor.packageName,
        scripts: { generate: 'vc-generate' },
      });
      expect(files['README.md']).toContain(`npm install ${vendor.packageName}`);
    }
  }, 60_000);
});
