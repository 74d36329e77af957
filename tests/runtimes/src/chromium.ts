import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDir, runBinary } from './binaries.ts';

/** Names a Chromium binary to use instead of the one from npm (the machine's, say). */
export const chromiumVariable = 'VENDOR_CLIENTS_CHROMIUM';

/**
 * Flags for any Chromium here: headless, no sandbox (CI runs as root), and nothing that reaches out to
 * the network on its own (this machine's closed network refuses it, noisily).
 */
export const baseFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Flags in @sparticuz/chromium's `args` left out: two switch off CORS, which the browser test checks;
 * `--single-process` is for AWS Lambda (which forbids the zygote's prctl) and here ends the whole
 * browser when one page closes.
 */
const leftOut = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export type ChromiumPlan = { from: 'variable'; executablePath: string } | { from: 'npm' };

export interface Machine {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
}

/**
 * Which Chromium runs: the one `VENDOR_CLIENTS_CHROMIUM` names when it is set, else the one in
 * @sparticuz/chromium (pinned in the lockfile, so every machine and CI test the same build), even when
 * the machine has a Chromium of its own.
 */
export function chooseChromium({ env, platform, arch }: Machine): ChromiumPlan {
  const named = env[chromiumVariable];
  if (named) {
    if (!existsSync(named)) throw new Error(`${chromiumVariable} is ${named}, which does not exist`);
    return { from: 'variable', executablePath: named };
  }
  if (platform !== 'linux' || arch !== 'x64') {
    throw new Error(
      `@sparticuz/chromium ships Chromium for linux-x64 only (this machine is ${platform}-${arch}): ` +
        `set ${chromiumVariable} to a Chromium binary`,
    );
  }
  return { from: 'npm' };
}

export interface Chromium {
  /** Which Chromium this is, for the test output. */
  readonly source: string;
  /** The Chromium major version it must report, where the source promises one (@sparticuz/chromium's). */
  readonly major?: string;
  readonly executablePath: string;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
}

const require = createRequire(import.meta.url);

function sparticuzPackage(): { dir: string; version: string; entry: string } {
  const entry = require.resolve('@sparticuz/chromium');
  const dir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version, entry };
}

/** Where unpacked builds live: this package's node_modules, so they go with `rm -rf node_modules`. */
export const defaultCacheRoot = join(packageDir, 'node_modules', '.cache', 'sparticuz-chromium');

/** An unpack left behind by a killed run is this old before a later run removes it. */
const STALE_UNPACK_MS = 10 * 60_000;

/**
 * The folder holding @sparticuz/chromium's Chromium, unpacked once per version under `cacheRoot`.
 * `executablePath()` unpacks into `os.tmpdir()` (the shared `/tmp/chromium`, reused if half-written,
 * overwritten by a parallel run), so it runs in a child whose TMPDIR is a fresh folder of its own; that
 * folder becomes `<cacheRoot>/<version>` by one atomic rename, so a folder under that name is complete
 * and a parallel run that loses the race uses the winner's. The Amazon Linux libraries it ships (NSS,
 * NSPR, expat) are unpacked too, so the binary needs nothing from the machine but glibc.
 */
export async function unpackSparticuz(
  cacheRoot = defaultCacheRoot,
): Promise<{ dir: string; version: string }> {
  const pkg = sparticuzPackage();
  const dir = join(cacheRoot, pkg.version);
  if (existsSync(dir)) return { dir, version: pkg.version };
  mkdirSync(cacheRoot, { recursive: true });
  for (const name of readdirSync(cacheRoot)) {
    if (!name.startsWith('.unpack-')) continue;
    const path = join(cacheRoot, name);
    // Another run may remove it between the listing and the look.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - modified > STALE_UNPACK_MS) rmSync(path, { recursive: true, force: true });
  }
  const staging = mkdtempSync(join(cacheRoot, `.unpack-${pkg.version}-`));
  try {
    const bin = join(pkg.dir, 'bin');
    const script =
      `const m = await import(${JSON.stringify(pathToFileURL(pkg.entry).href)});` +
      `await Promise.all([m.default.executablePath(${JSON.stringify(bin)}), m.inflate(${JSON.stringify(join(bin, 'al2023.tar.br'))})]);`;
    const unpacked = await runBinary(process.execPath, ['--input-type=module', '-e', script], {
      TMPDIR: staging,
    });
    if (unpacked.code !== 0) {
      throw new Error(
        `unpacking @sparticuz/chromium failed (exit ${unpacked.code}): ${unpacked.stderr.trim()}`,
      );
    }
    for (const file of ['chromium', join('al2023', 'lib', 'libnss3.so')]) {
      if (!existsSync(join(staging, file))) throw new Error(`@sparticuz/chromium unpacked no ${file}`);
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(dir)) throw error;
    }
    return { dir, version: pkg.version };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The Chromium the browser test launches, unpacked when it comes from npm. */
export async function resolveChromium(plan: ChromiumPlan, cacheRoot = defaultCacheRoot): Promise<Chromium> {
  if (plan.from === 'variable') {
    return { source: chromiumVariable, executablePath: plan.executablePath, args: [...baseFlags], env: {} };
  }
  const { dir, version } = await unpackSparticuz(cacheRoot);
  const { default: sparticuz } = (await import(
    '@sparticuz/chromium'
  )) as typeof import('@sparticuz/chromium');
  const libraries = join(dir, 'al2023', 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    source: `@sparticuz/chromium ${version}`,
    // @sparticuz/chromium's major version is the Chromium major it ships.
    major: version.split('.')[0],
    executablePath: join(dir, 'chromium'),
    args: [...sparticuz.args.filter((flag) => !leftOut.has(flag)), ...baseFlags],
    env: { LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries },
  };
}
