import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { vendors } from '../../scripts/vendors.ts';
import { median } from './context.ts';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** A consumer that imports every vendor package and creates each client. */
function allFiveConsumer(): string {
  const imports = vendors.map((v) => `import { ${v.factory} } from '${v.packageName}';`);
  const clients = vendors.map((v) => `  ${v.factory}(),`);
  return `${imports.join('\n')}\n\nexport const clients = [\n${clients.join('\n')}\n] as const;\n`;
}

function writeProject(dir: string, repoRoot: string, source: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), source);
  const base = relative(dir, join(repoRoot, 'tsconfig.base.json')).split('\\').join('/');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: base, include: ['index.ts'] }));
}

function tscMs(dir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', dir], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`tsc --noEmit -p ${dir} failed:\n${result.stdout}${result.stderr}`);
  return ms;
}

export interface TypecheckTimings {
  emptyMs: number;
  allFiveMs: number;
  runs: number;
}

/** `tsc --noEmit` of a consumer of all five packages and of an empty one, alternated, medians kept. */
export function measureTypecheck(dir: string, repoRoot: string, runs: number): TypecheckTimings {
  const empty = join(dir, 'empty');
  const allFive = join(dir, 'all-five');
  writeProject(empty, repoRoot, 'export {};\n');
  writeProject(allFive, repoRoot, allFiveConsumer());
  const emptyRuns: number[] = [];
  const allRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    emptyRuns.push(tscMs(empty));
    allRuns.push(tscMs(allFive));
  }
  return { emptyMs: median(emptyRuns), allFiveMs: median(allRuns), runs };
}
