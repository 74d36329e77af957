import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseChromium, chromiumVariable, type Machine, unpackSparticuz } from './chromium.ts';

const thisFile = new URL(import.meta.url).pathname;

describe('chooseChromium', () => {
  it.each<{ given: string; machine: Machine; want: unknown }>([
    {
      given: 'no variable on linux-x64',
      machine: { env: {}, platform: 'linux', arch: 'x64' },
      want: { from: 'npm' },
    },
    {
      given: 'an empty variable on linux-x64',
      machine: { env: { [chromiumVariable]: '' }, platform: 'linux', arch: 'x64' },
      want: { from: 'npm' },
    },
    {
      given: 'the variable naming a file',
      machine: { env: { [chromiumVariable]: thisFile }, platform: 'linux', arch: 'x64' },
      want: { from: 'variable', executablePath: thisFile },
    },
    {
      given: 'the variable naming a file on a platform npm ships no build for',
      machine: { env: { [chromiumVariable]: thisFile }, platform: 'darwin', arch: 'arm64' },
      want: { from: 'variable', executablePath: thisFile },
    },
  ])('$given', ({ machine, want }) => {
    expect(chooseChromium(machine)).toEqual(want);
  });

  it.each<{ given: string; machine: Machine; want: string }>([
    {
      given: 'the variable naming nothing',
      machine: { env: { [chromiumVariable]: '/nowhere/chromium' }, platform: 'linux', arch: 'x64' },
      want: `${chromiumVariable} is /nowhere/chromium, which does not exist`,
    },
    {
      given: 'no variable on darwin-arm64',
      machine: { env: {}, platform: 'darwin', arch: 'arm64' },
      want: `@sparticuz/chromium ships Chromium for linux-x64 only (this machine is darwin-arm64): set ${chromiumVariable} to a Chromium binary`,
    },
  ])('fails in one line, given $given', ({ machine, want }) => {
    expect(() => chooseChromium(machine)).toThrow(want);
  });
});

describe('unpackSparticuz', () => {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'vc-chromium-cache-'));
  afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));

  it('two runs at once get one complete folder, and a killed run’s leftovers go', async () => {
    mkdirSync(cacheRoot, { recursive: true });
    const stale = join(cacheRoot, '.unpack-0.0.0-killed');
    mkdirSync(stale);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, anHourAgo, anHourAgo);

    const [first, second] = await Promise.all([unpackSparticuz(cacheRoot), unpackSparticuz(cacheRoot)]);
    expect(second).toEqual(first);
    expect(first.dir).toBe(join(cacheRoot, first.version));
    expect(existsSync(join(first.dir, 'chromium'))).toBe(true);
    expect(existsSync(join(first.dir, 'al2023', 'lib', 'libnss3.so'))).toBe(true);
    expect(readdirSync(cacheRoot)).toEqual([first.version]);
  });

  it('a later run reuses the folder without unpacking again', async () => {
    const started = performance.now();
    const again = await unpackSparticuz(cacheRoot);
    expect(performance.now() - started).toBeLessThan(500);
    expect(readdirSync(cacheRoot)).toEqual([again.version]);
  });
});
