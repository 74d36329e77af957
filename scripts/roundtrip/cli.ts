/**
 * `pnpm roundtrip [vendor...]`: for each vendor, the spec reconstructed from its own doc set against
 * the spec reconstructed from the doc set openapi-generator regenerates from specs/<vendor>/openapi.yaml
 * (the `python-docs` task, which turbo runs first). Prints a table per vendor and every difference; exits 1
 * on any difference neither normalise.ts nor known-differences.yaml explains.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { vendorById, vendors } from '../vendors.ts';
import { readKnownDifferences } from './known-differences.ts';
import { docSetsDir, knownDifferencesFile, pythonDocsDir, repoRoot, specsDir } from './paths.ts';
import { docDir, type PythonDocSource, specSha256 } from './python-docs.ts';
import { formatRoundTrip, formatRules } from './report.ts';
import { roundTripVendor, unexplainedCount } from './roundtrip.ts';

/** The regenerated doc of a vendor, refused when it was made from another version of the spec. */
function regeneratedDoc(vendorId: string): string {
  const dir = docDir(pythonDocsDir, vendorById(vendorId));
  const sourceFile = join(dir, 'source.json');
  const rerun = 'run `pnpm roundtrip` (it regenerates the docs first)';
  if (!existsSync(sourceFile))
    throw new Error(`no regenerated doc for ${vendorId} in ${relative(repoRoot, dir)}: ${rerun}`);
  const source = JSON.parse(readFileSync(sourceFile, 'utf8')) as PythonDocSource;
  if (source.specSha256 !== specSha256(join(specsDir, vendorId, 'openapi.yaml')))
    throw new Error(
      `the regenerated doc of ${vendorId} is older than specs/${vendorId}/openapi.yaml: ${rerun}`,
    );
  return join(dir, source.doc);
}

function main(): number {
  const ids = process.argv.slice(2).filter((a) => a !== '--');
  const selected = ids.length ? ids.map(vendorById) : [...vendors];
  if (!existsSync(docSetsDir))
    throw new Error(`vendor docs not found at ${docSetsDir} (they sit beside the repository)`);
  const known = readKnownDifferences(
    knownDifferencesFile,
    vendors.map((v) => v.id),
  );
  console.log(
    `==> round trip of ${selected.length} vendor(s): vendor doc set vs doc set regenerated from our spec`,
  );
  const used = new Set<string>();
  let unexplained = 0;
  for (const [n, vendor] of selected.entries()) {
    const started = performance.now();
    const result = roundTripVendor(vendor, docSetsDir, regeneratedDoc(vendor.id), known);
    for (const d of result.differences) if (d.verdict === 'normalised') for (const r of d.rules) used.add(r);
    console.log(formatRoundTrip(result, repoRoot, knownDifferencesFile));
    const count = unexplainedCount(result);
    unexplained += count;
    const mark = count === 0 ? '✔' : '✘';
    console.log(
      `${mark} [${n + 1}/${selected.length}] ${vendor.id}: ${count} unexplained difference(s) (${Math.round(performance.now() - started)} ms)\n`,
    );
  }
  if (used.size > 0)
    console.log(`normalisation rules used (scripts/roundtrip/normalise.ts):\n${formatRules(used)}\n`);
  if (unexplained > 0) {
    console.error(
      `✘ ${unexplained} unexplained difference(s): fix the reconstructor or the spec, or, when only the generator version makes it, explain it in ${relative(repoRoot, knownDifferencesFile)}`,
    );
    return 1;
  }
  console.log(`==> ${selected.length} vendor(s), 0 unexplained differences`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
