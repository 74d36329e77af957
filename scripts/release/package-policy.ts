import type { ConfiguredRegistries } from './registry-config.ts';

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

export const npmRegistry = 'https://registry.npmjs.org/';

/** Where a package will be published: its own publishConfig first, then the npm configuration. */
export function targetRegistry(manifest: Manifest, configured: ConfiguredRegistries): string {
  const publishConfig = asRecord(manifest.publishConfig);
  const name = typeof manifest.name === 'string' ? manifest.name : '';
  const scope = name.startsWith('@') ? name.split('/')[0] : undefined;
  const registry =
    (scope ? publishConfig[`${scope}:registry`] : undefined) ??
    configured.scoped ??
    publishConfig.registry ??
    configured.fallback;
  return String(registry).replace(/\/?$/, '/');
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * Provenance is required for the public npm registry only: npm can attest a build only from a CI
 * identity provider, for registry.npmjs.org, so a local test registry gets packages without it.
 */
export function releaseProblems(manifest: Manifest, hasReadme: boolean, registry = npmRegistry): string[] {
  if (manifest.private === true) return [];
  const problems: string[] = [];
  const files = Array.isArray(manifest.files) ? manifest.files.map(String) : null;
  if (files === null) problems.push('has no "files" allowlist');
  for (const wanted of ['README.md', 'CHANGELOG.md']) {
    if (files !== null && !files.includes(wanted)) problems.push(`"files" does not list ${wanted}`);
  }
  if (!hasReadme) problems.push('has no README.md');
  const publishConfig = asRecord(manifest.publishConfig);
  if (publishConfig.access !== 'public') problems.push('publishConfig.access is not "public"');
  if (registry === npmRegistry && publishConfig.provenance !== true) {
    problems.push(`publishConfig.provenance is not true (required when publishing to ${npmRegistry})`);
  }
  return problems;
}
