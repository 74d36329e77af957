// The round trip for real, every vendor: openapi-generator regenerates each Python doc from our spec,
// the reconstructor reads it back, and every fact must match the vendor's own doc or be explained.
// It needs Java (without it, it fails with the one-line install hint) and the vendor docs beside the
// repository, as CI has them: it fails without either, it never skips.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { vendorById, vendors } from '../vendors.ts';
import { factId } from './facts.ts';
import { readKnownDifferences } from './known-differences.ts';
import { docSetsDir, knownDifferencesFile, specsDir } from './paths.ts';
import { generatePythonDocs } from './python-docs.ts';
import { roundTripVendor } from './roundtrip.ts';

/**
 * Wall time for generating and comparing all five. Measured on the 2-core machine, API pages only: 21 s
 * with the cores to itself, 35 to 60 s beside the other suites of `pnpm test`; with model pages (and
 * TileDB Cloud's second run, python-docs.ts): 36 s at a load average of 12 from other sessions, alone
 * or beside the other suites. The budget leaves room for a slower CI machine under the same load, and
 * still catches a generator that hangs or runs per fact.
 */
const BUDGET_SECONDS = 150;

const work = mkdtempSync(join(tmpdir(), 'vc-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const known = readKnownDifferences(
  knownDifferencesFile,
  vendors.map((v) => v.id),
);

describe('pnpm roundtrip, all five vendors', () => {
  it(`regenerates every doc and finds no unexplained difference, within ${BUDGET_SECONDS} s`, async () => {
    expect(existsSync(docSetsDir), `the vendor docs are not at ${docSetsDir}`).toBe(true);
    const load = loadavg()[0]!;
    const started = performance.now();
    const docs = await generatePythonDocs(vendors, specsDir, join(work, 'docs'), () => {});
    const results = vendors.map((vendor, n) => roundTripVendor(vendor, docSetsDir, docs[n]!.file, known));
    const seconds = (performance.now() - started) / 1000;
    for (const result of results) {
      const unexplained = result.differences.filter((d) => d.verdict === 'unexplained').map(factId);
      expect(unexplained, `${result.vendor.id}: unexplained differences`).toEqual([]);
      expect(
        result.unused.map((k) => k.fact),
        `${result.vendor.id}: stale known-differences.yaml entries`,
      ).toEqual([]);
      expect(result.counts.operation.same, `${result.vendor.id}: operations that match`).toBe(
        result.counts.operation.vendor,
      );
    }
    expect(results.reduce((n, r) => n + r.counts.operation.vendor, 0)).toBe(137);
    // Every model page of the five doc sets is compared, field by field.
    const vendorCount = (kind: 'model' | 'field') => results.reduce((n, r) => n + r.counts[kind].vendor, 0);
    expect([vendorCount('model'), vendorCount('field')]).toEqual([108, 377]);
    expect(
      seconds,
      `took ${seconds.toFixed(1)} s (1-minute load average ${load.toFixed(1)} at the start)`,
    ).toBeLessThan(BUDGET_SECONDS);
  }, 300_000);

  it('fails on a spec that says something its doc set does not (an operation, a parameter and model fields changed)', async () => {
    const kestra = vendorById('kestra');
    const specs = join(work, 'drifted-specs');
    cpSync(join(specsDir, 'kestra'), join(specs, 'kestra'), { recursive: true });
    const file = join(specs, 'kestra', 'openapi.yaml');
    const spec = parse(readFileSync(file, 'utf8'));
    spec.paths['/api/v1/users/{id}'].get.operationId = 'fetchUser';
    spec.paths['/api/v1/users'].get.parameters.find((p: { name: string }) => p.name === 'page').required =
      false;
    const model = spec.components.schemas.IAMUserControllerApiCreateOrUpdateUserRequest;
    model.required = model.required.filter((name: string) => name !== 'email');
    model.properties.groups.items.type = 'integer';
    model.properties.password.readOnly = true;
    writeFileSync(file, stringify(spec));
    const [doc] = await generatePythonDocs([kestra], specs, join(work, 'drifted-docs'), () => {});
    const result = roundTripVendor(kestra, docSetsDir, doc!.file, known);
    expect(
      result.differences
        .filter((d) => d.verdict === 'unexplained')
        .map(factId)
        .sort(),
    ).toEqual([
      'field IAMUserControllerApiCreateOrUpdateUserRequest.email',
      'field IAMUserControllerApiCreateOrUpdateUserRequest.groups',
      'field IAMUserControllerApiCreateOrUpdateUserRequest.password',
      'operation GET /api/v1/users/{id}',
      'parameter GET /api/v1/users query:page',
    ]);
  }, 120_000);
});
