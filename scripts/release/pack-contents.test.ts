import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../generate/generate.ts';
import { packageProblems, packProblems } from './pack-contents.ts';

/** given: the files of a tarball with their contents; want: the problems found. */
type TestCase = [name: string, given: Record<string, string>, want: string[]];

const map = (...sources: string[]) => JSON.stringify({ version: 3, sources, mappings: '' });

const cases: TestCase[] = [
  [
    'maps whose sources ship',
    { 'dist/a.d.ts.map': map('../src/a.ts'), 'dist/a.js.map': map('../src/a.ts'), 'src/a.ts': '' },
    [],
  ],
  [
    'a declaration map naming a source that is not shipped',
    { 'dist/a.d.ts.map': map('../src/a.ts'), 'dist/a.d.ts': '' },
    ['dist/a.d.ts.map: names ../src/a.ts, which is not in the package'],
  ],
  [
    'a nested map resolves from its own folder',
    { 'dist/generated/g.js.map': map('../../src/generated/g.ts'), 'src/generated/g.ts': '' },
    [],
  ],
  [
    'a shipped test file',
    { 'src/a.test.ts': '', 'src/a.test-d.ts': '' },
    ['src/a.test-d.ts: a test file is shipped', 'src/a.test.ts: a test file is shipped'],
  ],
];

describe('packProblems', () => {
  it.each(cases)('%s', (_name, given, want) => {
    const files = Object.keys(given).sort();
    expect(packProblems(files, (path) => given[path]!)).toEqual(want);
  });
});

const packages = readdirSync(join(repoRoot, 'packages')).filter((p) =>
  existsSync(join(repoRoot, 'packages', p, 'dist')),
);

describe('pnpm pack of every built package', () => {
  it('finds the seven packages built', () => {
    expect(packages.sort()).toEqual(
      ['arthur', 'auth', 'extremecloudiq', 'kestra', 'onezone', 'runtime', 'tiledb-cloud'].sort(),
    );
  });

  it.each(packages)('%s: every source map resolves inside the tarball, and no test ships', (name) => {
    expect(packageProblems(join(repoRoot, 'packages', name))).toEqual([]);
  });
});
