import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './generate.js';

/**
 * tsc on some files, with the compiler options of the vendor packages (tsconfig.base.json), for the
 * tests of code generated outside a package.
 */
export function typeCheck(files: readonly string[]): SpawnSyncReturns<string> {
  return tsc(['--noEmit', ...files]);
}

/** The declaration files (`.d.ts`) of some files into `outDir`, as a package's build writes them. */
export function emitDeclarations(
  files: readonly string[],
  rootDir: string,
  outDir: string,
): SpawnSyncReturns<string> {
  return tsc(['--declaration', '--emitDeclarationOnly', '--rootDir', rootDir, '--outDir', outDir, ...files]);
}

function tsc(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsc'),
    [
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
      ...args,
    ],
    { encoding: 'utf8', cwd: join(repoRoot, 'scripts') },
  );
}
