// `pnpm --filter @vendor-clients/scripts shells`: (re)writes the committed files of every vendor
// package from template/. `--check` only reports drift (exit 1 when any).
import { relative } from 'node:path';
import { vendors } from '../vendors.js';
import { repoRoot } from './generate.js';
import { driftedFiles, writeShells } from './shells.js';

if (process.argv.includes('--check')) {
  const drifted = driftedFiles(vendors);
  if (drifted.length > 0) {
    console.error(
      `out of date with scripts/generate/template (run pnpm --filter @vendor-clients/scripts shells):\n  ${drifted.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('vendor package shells match the template');
} else {
  for (const file of writeShells(vendors)) console.log(`wrote ${relative(repoRoot, file)}`);
}
