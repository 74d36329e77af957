/** Where the round trip reads and writes, from the repository root down. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const specsDir = join(repoRoot, 'specs');
/** The vendor doc sets, beside the repository as in CI. */
export const docSetsDir = join(repoRoot, '..', 'shared', 'docsets');
/**
 * The `python-docs` task's output (git-ignored): `<vendor>/<Tag>Api.md`, its model pages beside it, and
 * `<vendor>/source.json`.
 */
export const pythonDocsDir = join(repoRoot, 'scripts', '.python-docs');
export const knownDifferencesFile = join(repoRoot, 'scripts', 'roundtrip', 'known-differences.yaml');
