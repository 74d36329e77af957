import { describe, expect, it } from 'vitest';
import { releaseProblems } from './package-policy.ts';

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
        'publishConfig.provenance is not true',
      ],
    },
  ];
  it.each(cases)('$given', ({ manifest, readme, want }) => {
    expect(releaseProblems(manifest, readme)).toEqual(want);
  });
});
