/**
 * The whole release path against a throwaway local registry: first publish, a breaking spec change,
 * spec:changeset, version-packages, release, and a consumer installing the result with npm.
 * It works on a clone of HEAD (commit before running it) so the working tree is never touched.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type Vendor, vendors } from '../vendors.ts';
import { chooseConsumerCall, runtimeProgram, typedProgram } from './consumer-program.ts';
import { installVerdaccio, type LocalRegistry, startRegistry } from './local-registry.ts';
import { startRecordingServer } from './recording-server.ts';
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

// `pnpm release` lints every package (biome, publint, attw packing each entry) before publishing; on 2
// shared cores that alone has taken over 5 minutes.
const pnpm = (args: string[], cwd = clone) => mustRun('pnpm', args, { cwd, env, timeoutMs: minutes(10) });

// Generous: on a fresh machine the first Verdaccio install downloads it, and CI shares 2 cores.
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
  // Reuse the workspace's turbo cache (a copy): builds of unchanged packages replay instead of rerunning.
  const turboCache = join(workspace, '.turbo', 'cache');
  if (existsSync(turboCache)) cpSync(turboCache, join(clone, '.turbo', 'cache'), { recursive: true });
  // npm refuses provenance outside a CI identity provider, and publishConfig outranks every CLI flag
  // and environment variable, so the clone (only) publishes without it.
  for (const pkg of publicPackages(clone)) {
    const file = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.publishConfig = { ...manifest.publishConfig, provenance: false };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    initialVersions.set(pkg.name, pkg.version);
  }
  // The pipeline is tested from the state right after a release: changesets pending on the branch (the
  // notes of work not yet released) are taken out of the clone, so each step's changes are its own.
  for (const name of readdirSync(join(clone, '.changeset')))
    if (name.endsWith('.md') && name !== 'README.md') rmSync(join(clone, '.changeset', name));
  // The vendor packages' package.json is rendered from the template again by each build (its `shells`
  // task), so the clone's template says so too.
  const template = join(clone, 'scripts', 'generate', 'template', 'package.json.tmpl');
  const text = readFileSync(template, 'utf8');
  if (!text.includes('"provenance": true')) throw new Error(`${template}: no "provenance": true to turn off`);
  writeFileSync(template, text.replace('"provenance": true', '"provenance": false'));
}, minutes(12));

// Stopping Verdaccio takes well under a second; removing the clone (node_modules, build output) overran
// the default 10 s hook budget on 2 loaded cores.
afterAll(async () => {
  await registry?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
}, minutes(2));

describe('release pipeline against a local registry', () => {
  it('publishes every package at its initial version', { timeout: minutes(10) }, async () => {
    await pnpm(['release']);
    for (const [name, version] of initialVersions) expect(await publishedVersions(name)).toEqual([version]);
  });

  it('gives exactly the changed package a major changeset', { timeout: minutes(2) }, async () => {
    // Smallest spec first; the first one that returns an object with fields gets one removed.
    for (const id of ['extremecloudiq', 'arthur', 'kestra', 'tiledb-cloud', 'onezone']) {
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
    const pending = () =>
      readdirSync(join(clone, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md');
    const files = pending();
    expect(files, output.stdout).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^spec-${target.id}-[0-9a-f]{8}\\.md$`));
    const text = readFileSync(join(clone, '.changeset', files[0]!), 'utf8');
    expect(text).toMatch(new RegExp(`^---\\n"${target.packageName}": major\\n---\\n`));
    expect(text).toContain(`\`${removed.field}\``);
    // The same change again: nothing new.
    await pnpm(['spec:changeset']);
    expect(pending()).toEqual(files);
  });

  it('versions only that package, with a major bump', { timeout: minutes(2) }, async () => {
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
  });

  it('publishes the bump and nothing else', { timeout: minutes(10) }, async () => {
    await pnpm(['release']);
    for (const pkg of publicPackages(clone)) {
      const initial = initialVersions.get(pkg.name)!;
      const want = pkg.name === target.packageName ? [initial, pkg.version] : [initial];
      expect(await publishedVersions(pkg.name), pkg.name).toEqual(want);
    }
  });

  it('refuses to publish the same version twice and leaves the registry as it was', {
    timeout: minutes(2),
  }, async () => {
    const pkg = publicPackages(clone).find((p) => p.name === target.packageName)!;
    const before = await publishedVersions(pkg.name);
    const again = await runCommand('pnpm', ['publish', '--no-git-checks'], { cwd: pkg.dir, env });
    expect(again.code).not.toBe(0);
    expect(again.stderr + again.stdout).toContain(
      `You cannot publish over the previously published versions: ${pkg.version}`,
    );
    expect(await publishedVersions(pkg.name)).toEqual(before);
  });

  it('installs with npm outside the workspace; ESM, require and tsc work', {
    timeout: minutes(4),
  }, async () => {
    const pkg = publicPackages(clone).find((p) => p.name === target.packageName)!;
    const consumer = join(temp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await mustRun('npm', ['install', '--no-audit', '--no-fund', `${pkg.name}@${pkg.version}`], {
      cwd: consumer,
      env,
      timeoutMs: minutes(3),
    });
    const installedDir = join(consumer, 'node_modules', pkg.name);
    expect(JSON.parse(readFileSync(join(installedDir, 'package.json'), 'utf8')).version).toBe(pkg.version);
    expect(readdirSync(installedDir)).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'dist']));

    const call = chooseConsumerCall(
      parse(readFileSync(join(clone, 'specs', target.id, 'openapi.yaml'), 'utf8')),
    );
    const server = await startRecordingServer();
    try {
      writeFileSync(join(consumer, 'call.mjs'), runtimeProgram(pkg.name, target.factory, call, 'esm'));
      // ESM-only package: CommonJS loads it through require(esm), unflagged since Node 20.19.
      writeFileSync(join(consumer, 'call.cjs'), runtimeProgram(pkg.name, target.factory, call, 'cjs'));
      for (const script of ['call.mjs', 'call.cjs']) {
        const run = await mustRun(process.execPath, [script, server.url], { cwd: consumer, env });
        expect(JSON.parse(run.stdout.trim().split('\n').pop()!), script).toEqual({
          factory: 'function',
          result: { served: 'by the e2e test' },
        });
      }
      expect(server.requests).toEqual([
        { method: call.method, path: call.path },
        { method: call.method, path: call.path },
      ]);
    } finally {
      await server.close();
    }

    const tsc = join(workspace, 'node_modules', 'typescript', 'bin', 'tsc');
    cpSync(join(import.meta.dirname, 'consumer'), consumer, { recursive: true });
    const typecheck = (resolution: string) =>
      runCommand(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: consumer, env });
    for (const resolution of ['node16', 'bundler']) {
      writeFileSync(join(consumer, 'consumer.mts'), typedProgram(pkg.name, target.factory, call));
      const ok = await typecheck(resolution);
      expect(ok.code, `${resolution}:\n${ok.stdout}${ok.stderr}`).toBe(0);
      // The check can fail: an argument the method does not take is rejected.
      writeFileSync(join(consumer, 'consumer.mts'), typedProgram(pkg.name, target.factory, call, true));
      const broken = await typecheck(resolution);
      expect(broken.code, resolution).not.toBe(0);
      expect(broken.stdout, resolution).toContain('notAnInput');
    }
  });
});
