import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './generate.js';

/**
 * tsc on some files, with the compiler options of the vendor packages (tsconfig.base.json), for the
 * tests of code generated outside a package.
 */
export function typeCheck(files: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsc'),
    [
      '--noEmit',
      '--strict',
      '--noUncheckedIndexedAccess',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--lib',
      'ES2023,DOM',
      '--skipLibCheck',
      '--types',
      'node',
      ...files,
    ],
    { encoding: 'utf8', cwd: join(repoRoot, 'scripts') },
  );
}
