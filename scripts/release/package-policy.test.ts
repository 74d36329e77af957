import { describe, expect, it } from 'vitest';
import { releaseProblems, targetRegistry } from './package-policy.ts';

const good = {
  name: '@vendor-clients/x',
  files: ['dist', 'README.md', 'CHANGELOG.md'],
  publishConfig: { access: 'public', provenance: true },
};

describe('releaseProblems', () => {
  const cases = [
    { given: 'a complete manifest', manifest: good, readme: true, want: [] },
    { given: 'a private package', manifest: { private: true }, readme: false, want: [] },
    {
      given: 'no CHANGELOG in files',
      manifest: { ...good, files: ['dist', 'README.md'] },
      readme: true,
      want: ['"files" does not list CHANGELOG.md'],
    },
    {
      given: 'no files, no README, no publishConfig',
      manifest: { name: 'x' },
      readme: false,
      want: [
        'has no "files" allowlist',
        'has no README.md',
        'publishConfig.access is not "public"',
        'publishConfig.provenance is not true (required when publishing to https://registry.npmjs.org/)',
      ],
    },
  ];
  it.each(cases)('$given', ({ manifest, readme, want }) => {
    expect(releaseProblems(manifest, readme)).toEqual(want);
  });

  it('does not ask for provenance on a registry that cannot take it', () => {
    const local = { ...good, publishConfig: { access: 'public', provenance: false } };
    expect(releaseProblems(local, true, 'http://127.0.0.1:4873/')).toEqual([]);
    expect(releaseProblems(local, true)).toHaveLength(1);
  });
});

describe('targetRegistry', () => {
  const scoped = { name: '@vendor-clients/x' };
  const npm = { fallback: 'https://registry.npmjs.org/' };
  const cases = [
    { given: 'nothing configured', manifest: scoped, configured: npm, want: 'https://registry.npmjs.org/' },
    {
      given: 'a scoped registry in the npm config',
      manifest: scoped,
      configured: { ...npm, scoped: 'http://127.0.0.1:4873' },
      want: 'http://127.0.0.1:4873/',
    },
    {
      given: 'a scoped registry in publishConfig',
      manifest: { ...scoped, publishConfig: { '@vendor-clients:registry': 'https://r.example/' } },
      configured: { ...npm, scoped: 'http://ignored.example/' },
      want: 'https://r.example/',
    },
    {
      given: 'a registry in publishConfig',
      manifest: { ...scoped, publishConfig: { registry: 'https://r.example/' } },
      configured: { fallback: 'https://ignored.example/' },
      want: 'https://r.example/',
    },
    {
      given: 'another default registry',
      manifest: scoped,
      configured: { fallback: 'https://d.example' },
      want: 'https://d.example/',
    },
  ];
  it.each(cases)('$given', ({ manifest, configured, want }) => {
    expect(targetRegistry(manifest, configured)).toBe(want);
  });
});
