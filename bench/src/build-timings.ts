import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs a command, failing with its output when it exits non-zero; resolves with the wall time. */
function run(command: string, args: readonly string[], cwd: string): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' },
  });
  const ms = performance.now() - started;
  if (result.error) throw new Error(`${command} ${args.join(' ')} (in ${cwd}): ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return { ms, stdout: result.stdout };
}

/**
 * Copies the files git would see (tracked and untracked, without ignored ones such as node_modules,
 * dist, generated sources and turbo's cache) to `target`: a clean clone of the current sources.
 */
export function copySources(repoRoot: string, target: string): number {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot);
  const files = listed.stdout.split('\0').filter(Boolean);
  let copied = 0;
  for (const file of files) {
    const from = join(repoRoot, file);
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
      copied += 1;
    } catch (error) {
      // A tracked file deleted in the working tree is not part of the current sources.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return copied;
}

interface SummaryTask {
  taskId: string;
  task: string;
  package: string;
  command: string;
  cache: { status: 'HIT' | 'MISS' };
  execution?: { startTime: number; endTime: number };
}

/** The slowest tasks of a run, e.g. `@vendor-clients/kestra#generate 3.7 s`, slowest first. */
function slowest(tasks: readonly SummaryTask[], count: number): string {
  return tasks
    .map((t) => ({ id: t.taskId, ms: t.execution ? t.execution.endTime - t.execution.startTime : 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `${t.id} ${(t.ms / 1000).toFixed(1)} s`)
    .join(', ');
}

/** Runs `turbo run build` with --summarize and reads back which tasks ran and which replayed. */
function turboBuild(copy: string, extra: readonly string[]): { ms: number; tasks: SummaryTask[] } {
  const runs = join(copy, '.turbo', 'runs');
  rmSync(runs, { recursive: true, force: true });
  const turbo = join(copy, 'node_modules', '.bin', 'turbo');
  const { ms } = run(turbo, ['run', 'build', '--summarize', '--output-logs=errors-only', ...extra], copy);
  const [summary] = readdirSync(runs).filter((f) => f.endsWith('.json'));
  if (!summary) throw new Error(`turbo wrote no run summary in ${runs}`);
  const { tasks } = JSON.parse(readFileSync(join(runs, summary), 'utf8')) as { tasks: SummaryTask[] };
  return { ms, tasks: tasks.filter((t) => t.command !== '<NONEXISTENT>') };
}

export interface BuildTimings {
  /** The packages built (`all` or the quick subset's filter). */
  scope: string;
  installMs: number;
  /** `load` is the 1-minute load average before and after: on a shared machine it explains the time. */
  cold: { ms: number; tasks: number; slowest: string; load: string };
  noop: { ms: number; cached: number; tasks: number };
  oneSpec: { ms: number; spec: string; rebuiltPackages: string[]; tasksRun: number };
}

/**
 * Cold build (`--force`), no-op rebuild and rebuild after one spec changed, all in a fresh copy of the
 * sources with its own install and turbo cache, so the real tree and its cache are never touched.
 */
export function measureBuild(options: {
  repoRoot: string;
  copy: string;
  /** A turbo --filter limiting the build (quick mode), or undefined for every package. */
  filter?: string;
  /** The vendor whose spec is changed for the third measurement. */
  vendor: string;
  log: (line: string) => void;
}): BuildTimings {
  const { repoRoot, copy, filter, vendor, log } = options;
  try {
    return measureInCopy(repoRoot, copy, filter, vendor, log);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function measureInCopy(
  repoRoot: string,
  copy: string,
  filter: string | undefined,
  vendor: string,
  log: (line: string) => void,
): BuildTimings {
  const filterArgs = filter ? [`--filter=${filter}`] : [];
  const files = copySources(repoRoot, copy);
  log(`copied ${files} source files to ${copy}`);
  const install = run(
    'pnpm',
    ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'],
    copy,
  );
  log(`pnpm install in the copy: ${(install.ms / 1000).toFixed(1)} s (not counted)`);
  const loadBefore = loadavg()[0]!;
  const cold = turboBuild(copy, ['--force', ...filterArgs]);
  const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
  log(`cold build: ${cold.tasks.length} tasks in ${(cold.ms / 1000).toFixed(1)} s`);
  const noop = turboBuild(copy, filterArgs);
  const spec = join('specs', vendor, 'openapi.yaml');
  // A YAML comment: the spec's meaning is unchanged but its bytes (and so turbo's hash) are not.
  appendFileSync(join(copy, spec), '# changed by pnpm bench\n');
  const oneSpec = turboBuild(copy, filterArgs);
  const ran = oneSpec.tasks.filter((t) => t.cache.status === 'MISS');
  return {
    scope: filter ?? 'all packages',
    installMs: install.ms,
    cold: { ms: cold.ms, tasks: cold.tasks.length, slowest: slowest(cold.tasks, 4), load },
    noop: {
      ms: noop.ms,
      cached: noop.tasks.filter((t) => t.cache.status === 'HIT').length,
      tasks: noop.tasks.length,
    },
    oneSpec: {
      ms: oneSpec.ms,
      spec,
      rebuiltPackages: [...new Set(ran.map((t) => t.package))].sort(),
      tasksRun: ran.length,
    },
  };
}
