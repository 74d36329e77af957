/** `turbo run release:check`: refuses to publish while a public package breaks the release policy. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metadataProblems, readRepository } from '../repository.ts';
import { repoRoot } from './git-base.ts';
import { packageProblems } from './pack-contents.ts';
import { releaseProblems, targetRegistry } from './package-policy.ts';
import { configuredRegistries } from './registry-config.ts';

const root = repoRoot(process.cwd());
const packagesDir = join(root, 'packages');
const configured = configuredRegistries('@vendor-clients', root);
const repository = readRepository(join(root, 'package.json'));
let failures = 0;
for (const folder of readdirSync(packagesDir).sort()) {
  const manifestPath = join(packagesDir, folder, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const registry = targetRegistry(manifest, configured);
  const problems = releaseProblems(manifest, existsSync(join(packagesDir, folder, 'README.md')), registry);
  if (manifest.private !== true) {
    problems.push(...packageProblems(join(packagesDir, folder)));
    problems.push(...metadataProblems(repository, `packages/${folder}`, manifest));
  }
  for (const problem of problems)
    console.error(`packages/${folder}/package.json: ${manifest.name} ${problem}`);
  failures += problems.length;
}
if (failures > 0) {
  console.error(`release:check: ${failures} problem(s); fix them before publishing`);
  process.exitCode = 1;
} else {
  console.log(
    'release:check: every public package declares files, README, CHANGELOG, access, provenance, license, repository, homepage and bugs, and its source maps resolve inside its tarball',
  );
}
