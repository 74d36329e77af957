/**
 * The round trip of issue 23, on a copy of one vendor's spec folder (the committed specs are never
 * written): a 127.0.0.1 server answers with drift of each kind, the client in report mode appends it
 * to a JSON Lines file, `drift --write` turns it into overlay actions, `reconstruct` and `generate`
 * rebuild the spec and the client, and the same traffic then reports nothing, the new fields typed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiKey } from '@vendor-clients/auth';
import { driftFile } from '@vendor-clients/runtime/node';
import type { DriftReport } from '@vendor-clients/runtime/validate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate, repoRoot } from '../generate/generate.js';
import { typeCheck } from '../generate/tsc.js';

const scripts = dirname(dirname(fileURLToPath(import.meta.url)));
const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
const VENDOR = 'tiledb-cloud';

/** TileDB Cloud's getUser (GET /user) answered with one difference of each kind the tool turns into an action. */
const traffic = {
  id: 'u-1',
  email: 'jane.doe@example.com',
  timezone: 120, // documented as a string: type
  last_activity_date: 'last tuesday', // documented date-time: format
  organizations: [{ organization_id: 'o-1', role: 'billing', seats: 3 }], // enum value; unknown field
  mfa_enabled: true, // unknown field
  last_login: '2024-05-06T07:08:09Z', // unknown field, with a format
  // username: documented as required, absent
};

let server: Server;
let baseUrl: string;
let work: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(traffic));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Inside scripts/ (git-ignored .tmp), so the generated code resolves the workspace packages.
  mkdirSync(join(scripts, '.tmp'), { recursive: true });
  work = mkdtempSync(join(scripts, '.tmp', 'drift-roundtrip-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

/** Generates the client from the working spec into `out` and runs getUser once with report-mode validation. */
async function getUserReporting(out: string, file: string): Promise<DriftReport[]> {
  await generate({
    specFile: join(work, 'specs', VENDOR, 'openapi.yaml'),
    outDir: join(work, out),
    factory: 'createTiledbCloudClient',
  });
  const { createTiledbCloudClient } = await import(pathToFileURL(join(work, out, 'client.gen.ts')).href);
  const { validation } = await import(pathToFileURL(join(work, out, 'validate.gen.ts')).href);
  const reports: DriftReport[] = [];
  const client = createTiledbCloudClient({
    baseUrl,
    auth: apiKey('k-123'),
    validate: validation({ onDrift: [(r: DriftReport) => reports.push(r), driftFile(join(work, file))] }),
  });
  expect(await client.getUser()).toEqual(traffic);
  return reports;
}

const run = (script: string, args: string[]) =>
  execFileSync(process.execPath, [tsx, script, ...args], { cwd: scripts, encoding: 'utf8' });

it('drift collected, drift --write, reconstruct, generate: the same traffic reports nothing, new fields typed', async () => {
  const committed = readFileSync(join(repoRoot, 'specs', VENDOR, 'overlay.yaml'), 'utf8');
  cpSync(join(repoRoot, 'specs', VENDOR), join(work, 'specs', VENDOR), { recursive: true });

  const before = await getUserReporting('before', 'drift.jsonl');
  expect(before.map((r) => `${r.kind} ${r.pointer}`).sort()).toEqual([
    'enum /organizations/0/role',
    'format /last_activity_date',
    'required /username',
    'type /timezone',
    'unknown-field /last_login',
    'unknown-field /mfa_enabled',
    'unknown-field /organizations/0/seats',
  ]);

  // Without --write: proposals printed with their counts, nothing written.
  const dry = run('drift/cli.ts', ['--specs', join(work, 'specs'), join(work, 'drift.jsonl')]);
  expect(dry).toContain('7 action(s) proposed');
  expect(dry).toContain('field "mfa_enabled" not in the docs, seen as boolean in 1 response (getUser)');
  expect(readFileSync(join(work, 'specs', VENDOR, 'overlay.yaml'), 'utf8')).toBe(committed);

  const wrote = run('drift/cli.ts', ['--specs', join(work, 'specs'), '--write', join(work, 'drift.jsonl')]);
  expect(wrote).toContain('7 written (0 already there)');
  const overlay = readFileSync(join(work, 'specs', VENDOR, 'overlay.yaml'), 'utf8');
  expect(overlay.startsWith(committed.trimEnd())).toBe(true);
  expect(overlay).toContain('# Observed API traffic (pnpm drift, drift.jsonl, ');
  // A second --write adds nothing.
  expect(
    run('drift/cli.ts', ['--specs', join(work, 'specs'), '--write', join(work, 'drift.jsonl')]),
  ).toContain('0 written (7 already there)');

  run('reconstruct/cli.ts', ['--specs', join(work, 'specs'), VENDOR]);
  const after = await getUserReporting('after', 'drift-after.jsonl');
  expect(after).toEqual([]);

  // The new fields are typed (no longer `unknown`), the widened and relaxed ones too.
  const check = join(work, 'after', 'check.ts');
  writeFileSync(
    check,
    `import type { components } from './schema.gen.js';
type User = components['schemas']['User'];
export const mfa: NonNullable<User['mfa_enabled']> = true;
export const login: NonNullable<User['last_login']> = '2024-05-06T07:08:09Z';
export const seats: NonNullable<components['schemas']['OrganizationUser']['seats']> = 3;
export const role: components['schemas']['OrganizationRoles'] = 'billing';
export const timezone: NonNullable<User['timezone']> = 120;
export const noUsername: User = {};
// @ts-expect-error the new field is a boolean, not unknown
export const wrongMfa: NonNullable<User['mfa_enabled']> = 'yes';
// @ts-expect-error a role the API never sent is still refused
export const wrongRole: components['schemas']['OrganizationRoles'] = 'nobody';
`,
  );
  const tsc = typeCheck([check]);
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);

  // The committed spec folder was never written.
  expect(readFileSync(join(repoRoot, 'specs', VENDOR, 'overlay.yaml'), 'utf8')).toBe(committed);
}, 120_000);
