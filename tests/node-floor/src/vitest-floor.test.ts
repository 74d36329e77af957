import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { floorNode, overrideVariable } from './floor-node.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'bin', 'vitest-floor.js');
const suite = join(here, 'fixtures', 'suite');
const scratch = mkdtempSync(join(tmpdir(), 'vitest-floor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// This file runs inside a vitest worker; the nested vitest gets the environment a package script
// would, without the outer run's VITEST* variables.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^vitest/i.test(key)));
delete baseEnv[overrideVariable];
delete baseEnv.NODE_ENV;

const aboveFloor = join(scratch, 'node');
writeFileSync(aboveFloor, '#!/bin/sh\necho v99.0.0\n', { mode: 0o755 });
const noVitest = mkdtempSync(join(scratch, 'package-'));
writeFileSync(join(noVitest, 'package.json'), '{}');

const floor = floorNode();
// The bin starts as a package script starts it: on the machine's node, the first on PATH outside
// node_modules/.bin (this package's own .bin has the floor `node`, since it depends on the binary).
const machineNode = (baseEnv.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.includes('node_modules'))
  .map((dir) => join(dir, 'node'))
  .find((file) => existsSync(file));
const cases = [
  { name: 'a passing suite exits 0', cwd: suite, env: {}, status: 0, ran: true },
  { name: 'a failing suite exits 1', cwd: suite, env: { FLOOR_FIXTURE_FAIL: '1' }, status: 1, ran: true },
  {
    name: 'a binary that is not the floor stops it before vitest starts, in one line',
    cwd: suite,
    env: { [overrideVariable]: aboveFloor },
    status: 1,
    ran: false,
    stderr: `vitest-floor: ${overrideVariable}=${aboveFloor} is Node v99.0.0, but the floor of engines.node ">=${floor.version.slice(1)}" is ${floor.version}\n`,
  },
  {
    name: 'a package without vitest is named',
    cwd: noVitest,
    env: {},
    status: 1,
    ran: false,
    stderr: `vitest-floor: vitest is not installed for ${noVitest} (add it to that package's devDependencies)\n`,
  },
];

describe('vitest-floor', () => {
  it.each(cases)('$name', ({ cwd, env, status, ran, stderr }) => {
    const report = join(mkdtempSync(join(scratch, 'report-')), 'report.json');
    if (machineNode === undefined) throw new Error(`no node on PATH outside node_modules: ${baseEnv.PATH}`);
    const run = spawnSync(machineNode, [bin, 'run'], {
      cwd,
      env: { ...baseEnv, ...env, FLOOR_FIXTURE_REPORT: report },
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(status);
    if (stderr !== undefined) expect(run.stderr).toBe(stderr);
    expect(existsSync(report)).toBe(ran);
    if (!ran) return;
    // The tests ran on the floor binary, and PATH reached them untouched, so what they spawn by name
    // (npm, pnpm, node) is still the machine's.
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      version: floor.version,
      execPath: realpathSync(floor.path),
      path: baseEnv.PATH,
    });
  });
});
