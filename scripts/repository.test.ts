import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metadataProblems, packageMetadata, readRepository, relativeLinks, repoLink } from './repository.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = readRepository();

describe('readRepository: the one repository URL, from the root package.json', () => {
  const write = (manifest: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'repo-')), 'package.json');
    writeFileSync(file, JSON.stringify(manifest));
    return file;
  };
  const cases = [
    {
      given: 'a git+https URL and a license',
      manifest: { license: 'MIT', repository: { url: 'git+https://example.test/o/n.git' } },
      want: {
        gitUrl: 'git+https://example.test/o/n.git',
        webUrl: 'https://example.test/o/n',
        license: 'MIT',
      },
    },
    { given: 'no repository', manifest: { license: 'MIT' }, want: /repository\.url must be/ },
    {
      given: 'a URL npm does not take',
      manifest: { license: 'MIT', repository: { url: 'o/n' } },
      want: /repository\.url/,
    },
    {
      given: 'no license',
      manifest: { repository: { url: 'git+https://example.test/o/n.git' } },
      want: /license is missing/,
    },
  ];
  it.each(cases)('$given', ({ manifest, want }) => {
    const file = write(manifest);
    if (want instanceof RegExp) expect(() => readRepository(file)).toThrow(want);
    else expect(readRepository(file)).toEqual(want);
  });
});

describe('links and metadata made from it', () => {
  const r = {
    gitUrl: 'git+https://example.test/o/n.git',
    webUrl: 'https://example.test/o/n',
    license: 'MIT',
  };
  it.each([
    { path: 'packages/runtime', want: 'https://example.test/o/n/tree/main/packages/runtime' },
    {
      path: 'packages/runtime/README.md',
      want: 'https://example.test/o/n/blob/main/packages/runtime/README.md',
    },
    { path: 'specs/x/openapi.yaml', want: 'https://example.test/o/n/blob/main/specs/x/openapi.yaml' },
  ])('repoLink($path)', ({ path, want }) => {
    expect(repoLink(r, path)).toBe(want);
  });

  it('packageMetadata names the folder and the issues page', () => {
    expect(packageMetadata(r, 'packages/auth')).toEqual({
      license: 'MIT',
      repository: { type: 'git', url: 'git+https://example.test/o/n.git', directory: 'packages/auth' },
      homepage: 'https://example.test/o/n/tree/main/packages/auth#readme',
      bugs: { url: 'https://example.test/o/n/issues' },
    });
    expect(metadataProblems(r, 'packages/auth', { license: 'MIT' })).toEqual([
      '"repository" is missing, want {"type":"git","url":"git+https://example.test/o/n.git","directory":"packages/auth"}',
      '"homepage" is missing, want "https://example.test/o/n/tree/main/packages/auth#readme"',
      '"bugs" is missing, want {"url":"https://example.test/o/n/issues"}',
    ]);
  });

  it.each([
    {
      given: '[a](../runtime) and [b](specs/x/openapi.yaml "t")',
      want: ['../runtime', 'specs/x/openapi.yaml'],
    },
    { given: '[a](https://x.test/r) [b](#errors) [c](mailto:a@b.test)', want: [] },
    { given: '[ref]: ./LICENSE', want: ['./LICENSE'] },
  ])('relativeLinks($given)', ({ given, want }) => {
    expect(relativeLinks(given)).toEqual(want);
  });
});

describe('every package of packages/', () => {
  const folders = readdirSync(join(root, 'packages')).filter((f) =>
    existsSync(join(root, 'packages', f, 'package.json')),
  );

  it('finds the seven packages', () => {
    expect(folders).toHaveLength(7);
  });

  it.each(folders)(
    'packages/%s/package.json has license, repository (with directory), homepage and bugs',
    (folder) => {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
      expect(metadataProblems(repo, `packages/${folder}`, manifest)).toEqual([]);
    },
  );

  it.each(folders)('packages/%s/README.md has only links that work on npm', (folder) => {
    expect(relativeLinks(readFileSync(join(root, 'packages', folder, 'README.md'), 'utf8'))).toEqual([]);
  });
});
