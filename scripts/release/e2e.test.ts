/**
 * The whole release path against a throwaway local registry: first publish, a breaking spec change,
 * spec:changeset, version-packages, release, and a consumer installing the result with npm.
 * It works on a clone of HEAD (commit before running it) so the working tree is never touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type Vendor, vendors } from '../vendors.ts';
import { installVerdaccio, type LocalRegistry, startRegistry } from './local-registry.ts';
import { mustRun, runCommand } from './run-command.ts';
import { removeOneResponseField } from './spec-edits.ts';

const workspace = join(import.meta.dirname, '..', '..');
const minutes = (n: number) => n * 60_000;

let temp: string;
let clone: string;
let registry: LocalRegistry;
let env: NodeJS.ProcessEnv;
let target: Vendor;
let removed: { schema: string; field: string };
const initialVersions = new Map<string, string>();

/** Our own environment minus what the outer pnpm/turbo/vitest put there, plus the registry routing. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|turbo_|vitest|node_options$)/i.test(key)) continue;
    result[key] = value;
  }
  return {
    ...result,
    GIT_AUTHOR_NAME: 'release e2e',
    GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
    GIT_COMMITTER_NAME: 'release e2e',
    GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    ...extra,
  };
}

function publicPackages(repo: string): Array<{ dir: string; name: string; version: string }> {
  const result = [];
  for (const folder of readdirSync(join(repo, 'packages')).sort()) {
    const manifest = JSON.parse(readFileSync(join(repo, 'packages', folder, 'package.json'), 'utf8'));
    if (manifest.private !== true)
      result.push({ dir: join(repo, 'packages', folder), name: manifest.name, version: manifest.version });
  }
  return result;
}

async function publishedVersions(name: string): Promise<string[]> {
  const result = await runCommand('npm', ['view', name, 'versions', '--json'], { cwd: temp, env });
  if (result.code !== 0) throw new Error(`npm view ${name} failed:\n${result.stderr}`);
  const parsed: unknown = JSON.parse(result.stdout);
  return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
}

const pnpm = (args: string[], cwd = clone) => mustRun('pnpm', args, { cwd, env, timeoutMs: minutes(5) });

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'release-e2e-'));
  const baseEnv = cleanEnv({});
  clone = join(temp, 'repo');
  const [bin] = await Promise.all([
    installVerdaccio(join(workspace, 'scripts', 'node_modules', '.cache', 'release-e2e'), baseEnv),
    mustRun('git', ['clone', '--quiet', '--no-local', workspace, clone], { cwd: temp, env: baseEnv }),
  ]);
  registry = await startRegistry(bin, join(temp, 'registry'), baseEnv);
  // Routing goes through an npmrc, as a person would set it up; see registry-config.ts for why.
  env = cleanEnv({ NPM_CONFIG_USERCONFIG: registry.npmrc });
  await pnpm(['install', '--offline', '--frozen-lockfile']);
  // npm refuses provenance outside a CI identity provider, and publishConfig outranks every CLI flag
  // and environment variable, so the clone (only) publishes without it.
  for (const pkg of publicPackages(clone)) {
    const file = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.publishConfig = { ...manifest.publishConfig, provenance: false };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    initialVersions.set(pkg.name, pkg.version);
  }
}, minutes(5));

afterAll(async () => {
  await registry?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('release pipeline against a local registry', () => {
  it(
    'publishes every package at its initial version',
    async () => {
      await pnpm(['release']);
      for (const [name, version] of initialVersions) expect(await publishedVersions(name)).toEqual([version]);
    },
    minutes(5),
  );

  it(
    'gives exactly the changed package a major changeset when a response field is removed',
    async () => {
      const candidates = ['extremecloudiq', 'arthur', 'kestra', 'tiledb-cloud', 'onezone'];
      for (const id of candidates) {
        const vendor = vendors.find((v) => v.id === id);
        if (!vendor) continue;
        const file = join(clone, 'specs', id, 'openapi.yaml');
        const spec = parse(readFileSync(file, 'utf8'));
        const edit = removeOneResponseField(spec);
        if (!edit) continue;
        writeFileSync(file, stringify(spec));
        target = vendor;
        removed = edit;
        break;
      }
      expect(target, 'a vendor spec with a response field to remove').toBeDefined();
      const output = await pnpm(['spec:changeset']);
      const files = readdirSync(join(clone, '.changeset')).filter(
        (name) => name.endsWith('.md') && name !== 'README.md',
      );
      expect(files, output.stdout).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`^spec-${target.id}-[0-9a-f]{8}\\.md$`));
      const text = readFileSync(join(clone, '.changeset', files[0]!), 'utf8');
      expect(text).toMatch(new RegExp(`^---\\n"${target.packageName}": major\\n---\\n`));
      expect(text).toContain(`\`${removed.field}\``);
      // Same change, second run: nothing new.
      await pnpm(['spec:changeset']);
      expect(readdirSync(join(clone, '.changeset')).filter((n) => n.startsWith('spec-'))).toEqual(files);
    },
    minutes(2),
  );

  it(
    'versions only that package, with a major bump',
    async () => {
      await pnpm(['version-packages']);
      for (const pkg of publicPackages(clone)) {
        const before = initialVersions.get(pkg.name)!;
        if (pkg.name !== target.packageName) {
          expect(pkg.version, pkg.name).toBe(before);
          continue;
        }
        const [major] = before.split('.').map(Number);
        expect(pkg.version).toBe(`${major! + 1}.0.0`);
        expect(readFileSync(join(pkg.dir, 'CHANGELOG.md'), 'utf8')).toContain(removed.field);
      }
    },
    minutes(2),
  );

  it(
    'publishes the bump and nothing else',
    async () => {
      await pnpm(['release']);
      for (const pkg of publicPackages(clone)) {
        const initial = initialVersions.get(pkg.name)!;
        const want = pkg.name === target.packageName ? [initial, pkg.version] : [initial];
        expect(await publishedVersions(pkg.name), pkg.name).toEqual(want);
      }
    },
    minutes(5),
  );

  it(
    'refuses to publish the same version twice and leaves the registry as it was',
    async () => {
      const pkg = publicPackages(clone).find((p) => p.name === target.packageName)!;
      const before = await publishedVersions(pkg.name);
      const again = await runCommand('pnpm', ['publish', '--no-git-checks'], { cwd: pkg.dir, env });
      expect(again.code).not.toBe(0);
      expect(again.stderr + again.stdout).toContain(
        `cannot publish over the previously published versions: ${pkg.version}`,
      );
      expect(await publishedVersions(pkg.name)).toEqual(before);
    },
    minutes(2),
  );

  it(
    'installs with npm outside the workspace and works from ESM, require and tsc',
    async () => {
      const pkg = publicPackages(clone).find((p) => p.name === target.packageName)!;
      const consumer = join(temp, 'consumer');
      mkdirSync(consumer);
      writeFileSync(
        join(consumer, 'package.json'),
        JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      );
      await mustRun('npm', ['install', '--no-audit', '--no-fund', `${pkg.name}@${pkg.version}`], {
        cwd: consumer,
        env,
        timeoutMs: minutes(3),
      });
      const installed = JSON.parse(
        readFileSync(join(consumer, 'node_modules', pkg.name, 'package.json'), 'utf8'),
      );
      expect(installed.version).toBe(pkg.version);
      const factory = target.factory;
      const esm = await mustRun(
        process.execPath,
        ['--input-type=module', '-e', `import * as m from '${pkg.name}'; console.log(typeof m.${factory});`],
        { cwd: consumer, env },
      );
      expect(esm.stdout.trim()).toBe('function');
      // The packages are ESM-only; Node >= 20.19 loads them from CommonJS through require(esm).
      const cjs = await mustRun(
        process.execPath,
        [
          '--input-type=commonjs',
          '-e',
          `const m = require('${pkg.name}'); console.log(typeof m.${factory});`,
        ],
        { cwd: consumer, env },
      );
      expect(cjs.stdout.trim()).toBe('function');
      const tsc = join(workspace, 'node_modules', 'typescript', 'bin', 'tsc');
      cpSync(join(import.meta.dirname, 'consumer'), consumer, { recursive: true });
      writeFileSync(join(consumer, 'consumer.ts'), consumerSource(target));
      for (const resolution of ['node16', 'bundler']) {
        const result = await runCommand(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], {
          cwd: consumer,
          env,
        });
        expect(result.code, `${resolution}:\n${result.stdout}${result.stderr}`).toBe(0);
      }
      // The type check can fail: a call with a wrong argument type must be rejected.
      writeFileSync(join(consumer, 'consumer.ts'), consumerSource(target, { broken: true }));
      const broken = await runCommand(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], {
        cwd: consumer,
        env,
      });
      expect(broken.code).not.toBe(0);
    },
    minutes(4),
  );
});
