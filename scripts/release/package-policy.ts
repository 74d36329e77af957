/**
 * What every published package must declare before `changeset publish` runs. publint and attw check
 * that the package works; this checks the release promises they don't look at.
 */
export interface Manifest {
  readonly name?: unknown;
  readonly private?: unknown;
  readonly files?: unknown;
  readonly publishConfig?: unknown;
}

export function releaseProblems(manifest: Manifest, hasReadme: boolean): string[] {
  if (manifest.private === true) return [];
  const problems: string[] = [];
  const files = Array.isArray(manifest.files) ? manifest.files.map(String) : null;
  if (files === null) problems.push('has no "files" allowlist');
  for (const wanted of ['README.md', 'CHANGELOG.md']) {
    if (files !== null && !files.includes(wanted)) problems.push(`"files" does not list ${wanted}`);
  }
  if (!hasReadme) problems.push('has no README.md');
  const publishConfig = (
    typeof manifest.publishConfig === 'object' && manifest.publishConfig !== null
      ? manifest.publishConfig
      : {}
  ) as Record<string, unknown>;
  if (publishConfig.access !== 'public') problems.push('publishConfig.access is not "public"');
  if (publishConfig.provenance !== true) problems.push('publishConfig.provenance is not true');
  return problems;
}
