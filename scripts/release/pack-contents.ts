/**
 * What `pnpm pack` ships for a package, and whether its source maps resolve inside it: a `.d.ts.map`
 * that names a file the tarball lacks sends an editor's "go to definition" nowhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

/** The paths (relative to the package) that `pnpm pack` puts in the tarball. */
export function packedFiles(packageDir: string): string[] {
  const out = mkdtempSync(join(tmpdir(), 'pack-'));
  try {
    const json = execFileSync('pnpm', ['pack', '--json', '--pack-destination', out], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(json.slice(json.indexOf('{'))) as { files: Array<{ path: string }> };
    return report.files.map((f) => f.path).sort();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Problems with what a package ships: map sources outside the tarball, and test files inside it. */
export function packProblems(files: readonly string[], readFile: (path: string) => string): string[] {
  const shipped = new Set(files);
  const problems: string[] = [];
  for (const file of files) {
    if (/\.test(-d)?\.[cm]?[jt]s$/.test(file)) problems.push(`${file}: a test file is shipped`);
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFile(file)) as { sources?: string[]; sourceRoot?: string };
    for (const source of map.sources ?? []) {
      const target = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (!shipped.has(target)) problems.push(`${file}: names ${source}, which is not in the package`);
    }
  }
  return problems;
}

export function packageProblems(packageDir: string): string[] {
  return packProblems(packedFiles(packageDir), (path) => readFileSync(join(packageDir, path), 'utf8'));
}
