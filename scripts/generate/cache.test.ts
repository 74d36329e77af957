// Shows the build is incremental: after `pnpm build` every vendor task replays from turbo's cache, and
// touching one vendor's spec changes the hashes of that vendor's tasks only.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors.js';
import { repoRoot } from './generate.js';

interface DryTask {
  taskId: string;
  dependencies: string[];
  /** `<NONEXISTENT>` for a package without that script: nothing runs, nothing is cached. */
  command: string;
  hash: string;
  cache: { status: 'HIT' | 'MISS' };
}

const vendorFilters = vendors.flatMap((v) => ['--filter', v.packageName]);

function dryRun(cwd: string): DryTask[] {
  const turbo = join(repoRoot, 'node_modules', '.bin', 'turbo');
  const result = spawnSync(turbo, ['run', 'build', '--dry=json', ...vendorFilters], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (result.status !== 0) throw new Error(`turbo --dry=json failed in ${cwd}:\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { tasks: DryTask[] }).tasks;
}

const SKIP = new Set(['node_modules', 'dist', '.turbo', 'generated', '.git', '.tmp']);

describe('turbo caching of the vendor builds', () => {
  it('replays every vendor generate/build task from the cache after `pnpm build`', () => {
    const tasks = dryRun(repoRoot).filter((t) => t.command !== '<NONEXISTENT>');
    const vendorTasks = tasks.filter((t) => vendors.some((v) => t.taskId.startsWith(`${v.packageName}#`)));
    expect(vendorTasks).toHaveLength(vendors.length * 3);
    const misses = tasks.filter((t) => t.cache.status !== 'HIT').map((t) => t.taskId);
    expect(misses, 'these tasks would run again; run `pnpm build` first, then this test').toEqual([]);
  }, 120_000);

  it('hashes a clean clone like a built tree, and rebuilds only the vendor whose spec changed', () => {
    // A copy of the sources (no node_modules, outputs or git) so the real tree is never touched.
    const copy = mkdtempSync(join(tmpdir(), 'vc-cache-'));
    try {
      cpSync(repoRoot, copy, {
        recursive: true,
        filter: (source) =>
          !relative(repoRoot, source)
            .split(sep)
            .some((part) => SKIP.has(part)),
      });
      // A clone is a git checkout, and turbo hashes one through git (it then also hashes a task's
      // tracked outputs, such as the shells task's committed files): so is the copy.
      const git = (...args: string[]) =>
        spawnSync('git', ['-c', 'user.name=cache', '-c', 'user.email=cache@test.invalid', ...args], {
          cwd: copy,
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'copy');
      const before = new Map(dryRun(copy).map((t) => [t.taskId, t.hash]));
      // The copy has no src/generated (a clean clone); the real tree has. Equal hashes mean a first
      // `pnpm build` stores its results under the very hashes the second one looks up.
      const real = dryRun(repoRoot).filter((t) =>
        vendors.some((v) => t.taskId.startsWith(`${v.packageName}#`)),
      );
      for (const task of real) expect(before.get(task.taskId), task.taskId).toBe(task.hash);
      appendFileSync(join(copy, 'specs', 'kestra', 'openapi.yaml'), '# touched by cache.test.ts\n');
      const after = dryRun(copy);
      const changed = after.filter((t) => before.get(t.taskId) !== t.hash).map((t) => t.taskId);
      expect(changed.sort()).toEqual([
        '@vendor-clients/kestra#build',
        '@vendor-clients/kestra#generate',
        '@vendor-clients/kestra#shells',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  it("renders each vendor's shells (README, type tests) before its code is generated, in every build", () => {
    const tasks = new Map(dryRun(repoRoot).map((t) => [t.taskId, t]));
    for (const vendor of vendors) {
      const generate = tasks.get(`${vendor.packageName}#generate`)!;
      expect(generate.dependencies, vendor.id).toContain(`${vendor.packageName}#shells`);
      expect(tasks.get(`${vendor.packageName}#shells`)!.command, vendor.id).toBe('vc-shells');
    }
  }, 120_000);
});
