#!/usr/bin/env node
// `vitest-floor <vitest args>`: runs the calling package's vitest on the lowest Node in the root
// `engines` range (from npm's node-<platform>-<arch>, checked by version), passing its exit code
// through. PATH is left alone: what the tests spawn by name (npm, pnpm, node) keeps the machine's
// toolchain and its config (npm reads its global npmrc from the prefix of the node it runs on), while
// vitest's workers and anything spawned through process.execPath run on the floor.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { floorNode } from '../src/floor-node.js';

/**
 * vitest's CLI entry as the package in `cwd` resolves it (its own devDependency).
 * @param {string} cwd
 */
function vitestEntry(cwd) {
  let manifest;
  try {
    manifest = createRequire(join(cwd, 'package.json')).resolve('vitest/package.json');
  } catch {
    throw new Error(`vitest is not installed for ${cwd} (add it to that package's devDependencies)`);
  }
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vitest);
}

let node;
let vitest;
try {
  node = floorNode();
  vitest = vitestEntry(process.cwd());
} catch (error) {
  console.error(`vitest-floor: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const child = spawn(node.path, [vitest, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the whole process group, vitest included, and vitest decides how to stop; this process
// only stays alive to report its exit. Signals sent to this process alone are handed on.
process.on('SIGINT', () => {});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP']))
  process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`vitest-floor: ${node.path} could not start: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
