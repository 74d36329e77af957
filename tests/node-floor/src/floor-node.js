// Finds the Node binary whose version is exactly the floor of the root `engines.node` range, and proves
// it by running it. Plain JavaScript (checked by tsc through JSDoc) because the bin that uses it starts
// on whatever Node the machine has, before anything could compile TypeScript.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Points at a floor Node binary on platforms npm has no `node-<platform>-<arch>` package for. */
export const overrideVariable = 'VENDOR_CLIENTS_FLOOR_NODE';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * @param {string} file
 * @returns {Record<string, any>}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The workspace root: the nearest folder at or above `from` with a pnpm-workspace.yaml.
 * @param {string} [from]
 */
export function workspaceRoot(from = packageDir) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml at or above ${from}`);
  }
}

/**
 * The X.Y.Z of an `engines.node` range written as `>=X.Y.Z`, the only form whose floor is one version.
 * @param {unknown} range
 * @param {string} where the file the range came from, for the error
 */
export function floorOf(range, where) {
  const floor = typeof range === 'string' ? /^>=(\d+\.\d+\.\d+)$/.exec(range)?.[1] : undefined;
  if (floor === undefined)
    throw new Error(`${where}: engines.node is ${JSON.stringify(range)}, expected ">=X.Y.Z" (its floor)`);
  return floor;
}

/** The npm packages that carry a floor binary, one per platform (pnpm installs only the matching one). */
export function floorPackages() {
  return Object.keys(readJson(join(packageDir, 'package.json')).optionalDependencies ?? {});
}

/**
 * The path of `node` inside the installed `node-<platform>-<arch>` package, or undefined when that
 * package is not installed here (another platform, or npm has no build of it).
 * @param {string} name
 */
function binaryInPackage(name) {
  let manifest;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
  const bin = readJson(manifest).bin?.node;
  if (typeof bin !== 'string') throw new Error(`${manifest} has no bin.node`);
  return join(dirname(manifest), bin);
}

/**
 * What `node --version` prints for `path`.
 * @param {string} path
 */
function versionOf(path) {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (run.error) throw new Error(`${path} --version could not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${path} --version exited with ${run.status}: ${run.stderr.trim()}`);
  return run.stdout.trim();
}

/**
 * @typedef {object} FloorNodeOptions
 * @property {string} [root] workspace root whose package.json holds the range
 * @property {NodeJS.ProcessEnv} [env]
 * @property {string} [platform]
 * @property {string} [arch]
 */

/**
 * The floor Node for this workspace: from the override variable when it is set, else from the
 * platform's npm package. Its version is checked by running it, so a wrong binary is never used.
 * @param {FloorNodeOptions} [options]
 * @returns {{ path: string, version: string }}
 */
export function floorNode(options = {}) {
  const {
    root = workspaceRoot(),
    env = process.env,
    platform = process.platform,
    arch = process.arch,
  } = options;
  const manifest = join(root, 'package.json');
  const range = readJson(manifest).engines?.node;
  const floor = floorOf(range, manifest);
  const name = `node-${platform}-${arch}`;
  const override = env[overrideVariable];
  const path = override || binaryInPackage(name);
  if (path === undefined)
    throw new Error(
      `no Node ${floor} for ${platform}-${arch}: the npm package ${name} is not installed ` +
        `(tests/node-floor has ${floorPackages().join(', ')}); install Node ${floor} and set ` +
        `${overrideVariable} to its node binary`,
    );
  const version = versionOf(path);
  const from = override ? `${overrideVariable}=${override}` : `${name} (${path})`;
  if (version !== `v${floor}`)
    throw new Error(`${from} is Node ${version}, but the floor of engines.node "${range}" is v${floor}`);
  return { path, version };
}
