/**
 * `changeset publish`, told explicitly where `@vendor-clients` goes. changesets reads the scoped
 * registry only from `npm_config_@vendor-clients:registry`, which `pnpm run` drops, so without this a
 * registry set in .npmrc would be checked against registry.npmjs.org instead.
 */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './git-base.ts';
import { configuredRegistries } from './registry-config.ts';

const root = repoRoot(process.cwd());
const scope = '@vendor-clients';
const { scoped } = configuredRegistries(scope, root);
const env = { ...process.env };
if (scoped) env[`npm_config_${scope}:registry`] = scoped;
console.log(`publishing ${scope}/* to ${scoped ?? 'the default npm registry'}`);
const result = spawnSync('pnpm', ['exec', 'changeset', 'publish'], { cwd: root, env, stdio: 'inherit' });
if (result.error) console.error(`could not run changeset publish: ${result.error.message}`);
process.exitCode = result.status ?? 1;
