/**
 * pnpm bench [--quick] [--only KIND] [--out FILE]: measures every row of rows.ts (or those whose id
 * starts with `KIND.`, e.g. `--only bundle`), prints the table, writes JSON.
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './report.ts';
import { type RowDefinition, rows } from './rows.ts';
import { type BenchRun, runRows } from './run.ts';

export interface CliOptions {
  quick: boolean;
  out: string;
  /** Only the rows whose id starts with `${only}.`; undefined = every row. */
  only?: string;
}

/** The rows `--only` keeps; an unknown kind is refused with the known ones. */
export function selectRows(
  all: readonly RowDefinition[],
  only: string | undefined,
): readonly RowDefinition[] {
  if (only === undefined) return all;
  const kinds = [...new Set(all.map((r) => r.id.split('.')[0]!))];
  if (!kinds.includes(only)) {
    throw new Error(`pnpm bench: --only ${only} matches no row (known: ${kinds.join(', ')})`);
  }
  return all.filter((r) => r.id.startsWith(`${only}.`));
}

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchDir, '..');

export function parseArgs(argv: readonly string[], cwd: string): CliOptions {
  const options: CliOptions = { quick: false, out: join(repoRoot, 'bench-results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--only') {
      const value = argv[++i];
      if (!value) throw new Error('pnpm bench: --only needs a row kind, e.g. bundle');
      options.only = value;
    } else if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error('pnpm bench: --out needs a file name');
      options.out = resolve(cwd, value);
    } else throw new Error(`pnpm bench: unknown argument "${arg}" (known: --quick, --only KIND, --out FILE)`);
  }
  return options;
}

async function main(): Promise<number> {
  // pnpm runs package scripts in the package folder; INIT_CWD is where `pnpm bench` was typed.
  const options = parseArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  const selected = selectRows(rows, options.only);
  const scratch = join(benchDir, '.tmp', `run-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0]!;
  const flags = `${options.quick ? ' --quick' : ''}${options.only ? ` --only ${options.only}` : ''}`;
  console.log(`pnpm bench${flags}: ${selected.length} rows, node ${process.version}`);
  let results: BenchRun['rows'];
  try {
    results = await runRows(selected, { quick: options.quick, repoRoot, scratch }, (line) =>
      console.log(line),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const run: BenchRun = {
    quick: options.quick,
    startedAt,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadavg()[0]! },
    rows: results,
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(run, null, 2)}\n`);
  const load = `1-minute load average ${run.loadAverage.before.toFixed(1)} before, ${run.loadAverage.after.toFixed(1)} after, on ${run.cpus} cores`;
  console.log(`\n${formatTable(results)}\n\n${load}\nwrote ${options.out}`);
  return results.some((r) => r.verdict === 'error') ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
