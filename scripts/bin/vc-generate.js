#!/usr/bin/env node
// Runs the generator so packages can call `vc-generate` from their own folder. Through turbo it runs
// dist/vc-generate.js, the bundle the scripts package's `build` makes (bin/bundle-generator.js): plain
// JavaScript, quick to load. When that bundle is missing or older than the sources (a generator edit
// not yet built), it runs generate/cli.ts through tsx's loader, registered in this process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptsDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(scriptsDir, '..');

/** True when dist/vc-generate.sources.json names the current contents of every file bundled. */
function bundleIsFresh() {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(join(scriptsDir, 'dist', 'vc-generate.sources.json'), 'utf8'));
  } catch {
    return false;
  }
  return Object.entries(recorded).every(([file, hash]) => {
    try {
      return (
        createHash('sha256')
          .update(readFileSync(join(repoRoot, file)))
          .digest('hex') === hash
      );
    } catch {
      return false;
    }
  });
}

if (bundleIsFresh()) {
  await import('../dist/vc-generate.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../generate/cli.ts');
}
