/** Reading a file as it was at a git ref, and choosing that ref for a package. */
import { execFileSync } from 'node:child_process';

function git(
  cwd: string,
  args: readonly string[],
): { ok: true; stdout: string } | { ok: false; stderr: string } {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, stdout };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return { ok: false, stderr: stderr.trim() };
  }
}

/**
 * The newest release tag of a package (`@vendor-clients/onezone@1.2.0`, as `changeset publish` tags
 * them), else `fallback`. Tags are compared as versions, not as text or dates.
 */
export function defaultBase(repo: string, packageName: string, fallback = 'main'): string {
  const listed = git(repo, ['tag', '--list', `${packageName}@*`, '--sort=-v:refname']);
  if (!listed.ok) throw new Error(`git tag --list failed in ${repo}: ${listed.stderr}`);
  const newest = listed.stdout.split('\n').find((line) => line.trim() !== '');
  return newest?.trim() ?? fallback;
}

export function assertRefExists(repo: string, ref: string): void {
  const result = git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!result.ok) {
    throw new Error(`git ref "${ref}" does not exist in ${repo} (pass an existing one with --base REF)`);
  }
}

/** Contents of `file` (relative to the repo root) at `ref`, or `null` if it did not exist there. */
export function fileAtRef(repo: string, ref: string, file: string): string | null {
  const exists = git(repo, ['cat-file', '-e', `${ref}:${file}`]);
  if (!exists.ok) return null;
  const shown = git(repo, ['show', `${ref}:${file}`]);
  if (!shown.ok) throw new Error(`git show ${ref}:${file} failed: ${shown.stderr}`);
  return shown.stdout;
}

export function repoRoot(cwd: string): string {
  const result = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!result.ok) throw new Error(`${cwd} is not inside a git repository: ${result.stderr}`);
  return result.stdout.trim();
}
