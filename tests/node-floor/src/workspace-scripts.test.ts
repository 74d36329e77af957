// Every suite in the workspace runs on the floor only if every package's `test` script goes through
// vitest-floor; this reads them all (and the vendor template they are made from), so a suite that
// slips back to plain `vitest` (the machine's Node) fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { floorOf, workspaceRoot } from './floor-node.js';

const root = workspaceRoot();
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const workspace = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
  packages: string[];
  catalog: Record<string, string>;
};

/** The package folders pnpm-workspace.yaml names: `dir` itself or `dir/*` (the only forms used). */
function packageDirs(): string[] {
  return workspace.packages.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) {
      if (pattern.includes('*')) throw new Error(`pnpm-workspace.yaml: unsupported pattern ${pattern}`);
      return [pattern];
    }
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent))
      .map((name) => `${parent}/${name}`)
      .filter((dir) => existsSync(join(root, dir, 'package.json')));
  });
}

const manifests = [
  ...packageDirs().map((dir) => ({
    where: `${dir}/package.json`,
    scripts: readJson(`${dir}/package.json`).scripts,
  })),
  {
    where: 'scripts/generate/template/package.json.tmpl',
    scripts: readJson('scripts/generate/template/package.json.tmpl').scripts,
  },
];

// `vitest` as a command word, not as part of `vitest-floor`.
const bareVitest = /(^|[\s;&|(])vitest(?=$|[\s;&|)])/;

describe('every workspace package and the vendor template', () => {
  it('includes the packages this repo is known to have', () => {
    const wheres = manifests.map((m) => m.where);
    for (const known of [
      'packages/auth',
      'packages/runtime',
      'packages/kestra',
      'scripts',
      'bench',
      'tests/runtimes',
    ])
      expect(wheres).toContain(`${known}/package.json`);
  });

  it.each(manifests)('$where: `test` runs vitest-floor, and no script runs vitest itself', ({ scripts }) => {
    expect(scripts?.test).toMatch(/^vitest-floor run( |$)/);
    const bare = Object.entries(scripts ?? {}).filter(([, command]) => bareVitest.test(String(command)));
    expect(bare).toEqual([]);
  });

  it('the root package runs no vitest itself either', () => {
    const bare = Object.values(readJson('package.json').scripts ?? {}).filter((c) =>
      bareVitest.test(String(c)),
    );
    expect(bare).toEqual([]);
  });
});

describe('the floor binaries', () => {
  const floor = floorOf(readJson('package.json').engines?.node, 'package.json');
  const pinned = Object.entries(workspace.catalog).filter(([name]) =>
    /^node-[a-z0-9]+-[a-z0-9]+$/.test(name),
  );

  it('are pinned in the catalog at the root floor, every one of them', () => {
    expect(pinned.length).toBeGreaterThan(0);
    for (const [name, version] of pinned) expect(`${name}@${version}`).toBe(`${name}@${floor}`);
  });

  it('are all optional dependencies of tests/node-floor, from the catalog', () => {
    const optional = readJson('tests/node-floor/package.json').optionalDependencies;
    expect(optional).toEqual(Object.fromEntries(pinned.map(([name]) => [name, 'catalog:'])));
  });
});
