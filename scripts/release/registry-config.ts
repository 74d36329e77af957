/**
 * The registry npm is configured to publish a scope to, read with `npm config get` so .npmrc files
 * count. Environment variables are not enough: `pnpm run` rewrites `npm_config_@scope:registry` into
 * a name neither npm nor changesets reads, which would send a "local" release to the public registry.
 */
import { execFileSync } from 'node:child_process';

export interface ConfiguredRegistries {
  /** `@scope:registry`, if set. */
  readonly scoped?: string;
  /** `registry`. */
  readonly fallback: string;
}

function npmConfigGet(key: string, cwd: string): string | undefined {
  const value = execFileSync('npm', ['config', 'get', key], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  return value === '' || value === 'undefined' || value === 'null' ? undefined : value;
}

export function configuredRegistries(scope: string, cwd: string): ConfiguredRegistries {
  const scoped = npmConfigGet(`${scope}:registry`, cwd);
  const fallback = npmConfigGet('registry', cwd) ?? 'https://registry.npmjs.org/';
  return scoped ? { scoped, fallback } : { fallback };
}
