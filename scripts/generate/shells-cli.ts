// `pnpm --filter @vendor-clients/scripts shells`: (re)writes the committed files of every vendor
// package from template/. `--check` only reports drift (exit 1 when any). Run as `vc-shells` from a
// vendor package's folder (its `shells` task), it renders that package alone.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { vendors } from '../vendors.js';
import { repoRoot } from './generate.js';
import { driftedFiles, writeShells } from './shells.js';

const here = (() => {
  try {
    const { name } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      name?: string;
    };
    return vendors.filter((v) => v.packageName === name);
  } catch {
    return [];
  }
})();
const list = here.length ? here : vendors;

if (process.argv.includes('--check')) {
  const drifted = driftedFiles(list);
  if (drifted.length > 0) {
    console.error(
      `out of date with scripts/generate/template (run pnpm --filter @vendor-clients/scripts shells):\n  ${drifted.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('vendor package shells match the template');
} else {
  const written = writeShells(list);
  for (const file of written) console.log(`wrote ${relative(repoRoot, file)}`);
  console.log(`==> shells of ${list.map((v) => v.id).join(', ')}: ${written.length} file(s) changed`);
}
