/**
 * `pnpm version-packages`: `changeset version`, then biome-format the changelogs it wrote (biome
 * checks markdown, and hand-written changeset text is not always formatted the way it wants, which
 * would fail every package's lint on the way to publishing), then refresh the lockfile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './git-base.ts';

const root = repoRoot(process.cwd());

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
}

try {
  run('pnpm', ['exec', 'changeset', 'version']);
  const changelogs = readdirSync(join(root, 'packages'))
    .map((folder) => join('packages', folder, 'CHANGELOG.md'))
    .filter((file) => existsSync(join(root, file)));
  if (changelogs.length > 0) run('pnpm', ['exec', 'biome', 'format', '--write', ...changelogs]);
  run('pnpm', ['install', '--lockfile-only']);
} catch (error) {
  console.error(`version-packages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
