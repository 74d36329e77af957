import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Vendor } from '../vendors.ts';
import { runSpecChangeset } from './spec-changeset.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const vendor = (id: string): Vendor => ({
  id,
  docSet: id,
  apiPages: [`${id}.md`],
  packageName: `@fixture/${id}`,
  title: id,
  factory: 'createClient',
});
const alpha = vendor('alpha');
const beta = vendor('beta');

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });
const putSpec = (id: string, fixture: string) => {
  mkdirSync(join(repo, 'specs', id), { recursive: true });
  copyFileSync(join(fixtures, fixture), join(repo, 'specs', id, 'openapi.yaml'));
};
const changesets = () =>
  readdirSync(join(repo, '.changeset'))
    .filter((name) => name.startsWith('spec-'))
    .sort();
const read = (name: string) => readFileSync(join(repo, '.changeset', name), 'utf8');

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'spec-changeset-'));
  git('init', '--quiet', '--initial-branch=main');
  mkdirSync(join(repo, '.changeset'));
  writeFileSync(join(repo, '.changeset', 'README.md'), 'kept\n');
  putSpec('alpha', 'base.yaml');
  putSpec('beta', 'base.yaml');
  git('add', '.');
  git('commit', '--quiet', '-m', 'initial');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('runSpecChangeset', () => {
  const cases = [
    { given: 'base.yaml', want: null },
    { given: 'response-field-removed.yaml', want: 'major' },
    { given: 'required-param-added.yaml', want: 'major' },
    { given: 'security-added.yaml', want: 'major' },
    { given: 'optional-param-added.yaml', want: 'minor' },
    { given: 'description-edited.yaml', want: 'patch' },
  ] as const;

  it.each(cases)('alpha edited to $given -> $want changeset for alpha only', ({ given, want }) => {
    putSpec('alpha', given);
    const results = runSpecChangeset({ repo, vendors: [alpha, beta] });
    expect(results.map((r) => [r.vendorId, r.bump])).toEqual([
      ['alpha', want],
      ['beta', null],
    ]);
    if (want === null) {
      expect(changesets()).toEqual([]);
      return;
    }
    const [file, ...others] = changesets();
    expect(others).toEqual([]);
    expect(file).toMatch(/^spec-alpha-[0-9a-f]{8}\.md$/);
    expect(read(file!)).toMatch(new RegExp(`^---\\n"@fixture/alpha": ${want}\\n---\\n`));
  });

  it('writes the same file once however often it runs for the same change', () => {
    putSpec('alpha', 'response-field-removed.yaml');
    const first = runSpecChangeset({ repo, vendors: [alpha] });
    const before = changesets().map(read);
    const second = runSpecChangeset({ repo, vendors: [alpha] });
    expect(first[0]?.outcome).toBe('written');
    expect(second[0]?.outcome).toBe('unchanged');
    expect(changesets().map(read)).toEqual(before);
    expect(changesets()).toHaveLength(1);
  });

  it('replaces its earlier changeset when the spec changes again, and removes it when the change is undone', () => {
    putSpec('alpha', 'description-edited.yaml');
    runSpecChangeset({ repo, vendors: [alpha] });
    const patchFile = changesets()[0];
    putSpec('alpha', 'response-field-removed.yaml');
    runSpecChangeset({ repo, vendors: [alpha] });
    expect(changesets()).toHaveLength(1);
    expect(changesets()[0]).not.toBe(patchFile);
    expect(read(changesets()[0]!)).toContain('"@fixture/alpha": major');
    putSpec('alpha', 'base.yaml');
    expect(runSpecChangeset({ repo, vendors: [alpha] })[0]?.outcome).toBe('removed-stale');
    expect(changesets()).toEqual([]);
    expect(readdirSync(join(repo, '.changeset'))).toContain('README.md');
  });

  it('compares with the newest release tag of the package by default, else main', () => {
    putSpec('alpha', 'optional-param-added.yaml');
    git('add', '.');
    git('commit', '--quiet', '-m', 'alpha 1.1.0');
    git('tag', '@fixture/alpha@1.1.0');
    git('tag', '@fixture/alpha@1.0.0', 'HEAD~1');
    const results = runSpecChangeset({ repo, vendors: [alpha, beta] });
    expect(results.map((r) => [r.vendorId, r.base, r.bump])).toEqual([
      ['alpha', '@fixture/alpha@1.1.0', null],
      ['beta', 'main', null],
    ]);
    expect(runSpecChangeset({ repo, vendors: [alpha], base: '@fixture/alpha@1.0.0' })[0]?.bump).toBe('minor');
  });

  it('treats a spec missing at the base as a new package (minor)', () => {
    const gamma = vendor('gamma');
    putSpec('gamma', 'base.yaml');
    const [result] = runSpecChangeset({ repo, vendors: [gamma] });
    expect(result?.bump).toBe('minor');
    expect(read(changesets()[0]!)).toContain('new package: @fixture/gamma');
  });

  const failures = [
    {
      given: 'a base ref that does not exist',
      base: 'no-such-ref',
      vendors: [alpha],
      want: /git ref "no-such-ref"/,
    },
    {
      given: 'a vendor without a spec',
      base: undefined,
      vendors: [vendor('nospec')],
      want: /specs\/nospec\/openapi\.yaml does not exist/,
    },
  ];
  it.each(failures)('fails clearly on $given', ({ base, vendors, want }) => {
    expect(() => runSpecChangeset(base ? { repo, vendors, base } : { repo, vendors })).toThrow(want);
  });

  it('names the file and line of a broken spec', () => {
    writeFileSync(join(repo, 'specs', 'alpha', 'openapi.yaml'), 'openapi: 3.1.0\npaths:\n  /x: [\n');
    expect(() => runSpecChangeset({ repo, vendors: [alpha] })).toThrow(
      /^specs\/alpha\/openapi\.yaml:\d+:\d+: invalid YAML/,
    );
  });
});
