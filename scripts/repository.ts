/**
 * Where the packages come from, for npm's package page: the root package.json's `repository`, the one
 * place the URL is written. Every package's `repository`, `homepage` and `bugs`, and every link a
 * README needs outside its own package, are made from it (npm shows READMEs without the repo around
 * them, so a relative link like `../runtime` leads nowhere there).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Repository {
  /** As npm wants it in `repository.url`: `git+https://…/name.git`. */
  readonly gitUrl: string;
  /** The repository's web page: `https://…/name`. */
  readonly webUrl: string;
  readonly license: string;
}

export function readRepository(manifestPath = join(root, 'package.json')): Repository {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    repository?: { url?: unknown };
    license?: unknown;
  };
  const gitUrl = manifest.repository?.url;
  const match = typeof gitUrl === 'string' ? /^git\+(https:\/\/.+)\.git$/.exec(gitUrl) : null;
  if (!match)
    throw new Error(`${manifestPath}: repository.url must be "git+https://<host>/<owner>/<name>.git"`);
  if (typeof manifest.license !== 'string') throw new Error(`${manifestPath}: license is missing`);
  return { gitUrl: gitUrl as string, webUrl: match[1]!, license: manifest.license };
}

/** A file or folder of the repository on the web (main branch), e.g. `packages/runtime/README.md`. */
export function repoLink(repo: Repository, path: string): string {
  return `${repo.webUrl}/${path.endsWith('.md') || /\.\w+$/.test(path) ? 'blob' : 'tree'}/main/${path}`;
}

/** The metadata fields every package.json carries, for the package in folder `directory`. */
export function packageMetadata(repo: Repository, directory: string) {
  return {
    license: repo.license,
    repository: { type: 'git', url: repo.gitUrl, directory },
    homepage: `${repoLink(repo, directory)}#readme`,
    bugs: { url: `${repo.webUrl}/issues` },
  };
}

/** What a package.json lacks or gets wrong of `packageMetadata` (the package in folder `directory`). */
export function metadataProblems(
  repo: Repository,
  directory: string,
  manifest: Record<string, unknown>,
): string[] {
  const want = packageMetadata(repo, directory);
  return (Object.keys(want) as Array<keyof typeof want>)
    .filter((key) => JSON.stringify(manifest[key]) !== JSON.stringify(want[key]))
    .map(
      (key) => `"${key}" is ${JSON.stringify(manifest[key]) ?? 'missing'}, want ${JSON.stringify(want[key])}`,
    );
}

/**
 * Links of a README that npm's package page cannot follow: relative ones (`../runtime`,
 * `specs/x/openapi.yaml`). Absolute URLs, in-page anchors and mailto links work there.
 */
export function relativeLinks(markdown: string): string[] {
  const targets = [
    ...markdown.matchAll(/\]\(([^)\s]+)[^)]*\)/g),
    ...markdown.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm),
  ].map((m) => m[1]!);
  return targets.filter((target) => !/^(https?:|mailto:|#)/.test(target));
}
