/**
 * Where the openapi-generator JAR comes from: the npm tarball of
 * @openapitools/openapi-generator-cli@1.0.18-5.0.0-beta2 (installed as `openapi-generator-jar`), linked
 * to where the 2.x wrapper looks for it (`<storageDir>/<version>.jar`, from openapitools.json), so the
 * wrapper never downloads one.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This folder: openapitools.json lives here, and the wrapper runs with it as its working folder. */
export const configDir = dirname(fileURLToPath(import.meta.url));

interface WrapperConfig {
  'generator-cli': { version: string; storageDir: string };
}

const config = JSON.parse(readFileSync(join(configDir, 'openapitools.json'), 'utf8')) as WrapperConfig;

/** The openapi-generator version openapitools.json pins (the one whose JAR npm ships). */
export const generatorVersion = config['generator-cli'].version;

/** `<storageDir>/<version>.jar`, as the wrapper resolves it (storageDir against its working folder). */
export const jarPath = resolve(configDir, config['generator-cli'].storageDir, `${generatorVersion}.jar`);

const require = createRequire(import.meta.url);

/** The JAR inside the aliased npm package; fails with one line when the package is not installed. */
export function packagedJar(): string {
  let manifest: string;
  try {
    manifest = require.resolve('openapi-generator-jar/package.json');
  } catch {
    throw new Error(
      'openapi-generator-jar (the npm package that ships the openapi-generator JAR) is not installed: run pnpm install',
    );
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  if (!version.endsWith(`-${generatorVersion}`)) {
    throw new Error(
      `openapi-generator-jar ${version} ships another generator than openapitools.json's ${generatorVersion}: align the two`,
    );
  }
  return join(dirname(manifest), 'bin', 'openapi-generator.jar');
}

/**
 * Puts `source` at `target` as a relative symlink (a copy where symlinks are not allowed). Safe to
 * re-run: a link that already leads to `source`, or a copy of it, is left alone; anything else there is
 * replaced in one rename, so a reader never sees a half-placed JAR. Returns what it did.
 */
export function placeJar(source: string, target: string): 'linked' | 'copied' | 'present' {
  if (existsSync(target)) {
    const placed = realpathSync(target);
    if (placed === realpathSync(source) || statSync(placed).size === statSync(source).size) return 'present';
  }
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  let how: 'linked' | 'copied' = 'linked';
  try {
    mkdirSync(dirname(target), { recursive: true });
    try {
      symlinkSync(relative(dirname(target), source), tmp);
    } catch {
      copyFileSync(source, tmp);
      how = 'copied';
    }
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  return how;
}

/** The pinned JAR where the wrapper looks for it (`jarPath`). */
export function ensureJar(): 'linked' | 'copied' | 'present' {
  return placeJar(packagedJar(), jarPath);
}
