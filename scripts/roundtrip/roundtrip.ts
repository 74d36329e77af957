/**
 * One vendor's round trip: the spec reconstructed from the vendor's doc set against the spec
 * reconstructed from the doc set openapi-generator regenerates from our spec, fact by fact.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildSpec } from '../reconstruct/build-spec.ts';
import { allPages, type DocSet, readDocSet } from '../reconstruct/docset.ts';
import { parseDocSet } from '../reconstruct/read-doc-set.ts';
import type { Schema } from '../reconstruct/schema.ts';
import type { Vendor } from '../vendors.ts';
import { type Classified, classify } from './classify.ts';
import { diffFacts } from './diff.ts';
import { FACT_KINDS, type FactKind, factsOf } from './facts.ts';
import type { KnownDifference } from './known-differences.ts';

export interface FactCounts {
  vendor: number;
  regenerated: number;
  same: number;
  normalised: number;
  explained: number;
  unexplained: number;
}

export interface VendorRoundTrip {
  vendor: Vendor;
  vendorDoc: string;
  regeneratedDoc: string;
  /** Pages read on each side: API page(s) and model pages. */
  pages: { vendor: number; regenerated: number };
  counts: Record<FactKind, FactCounts>;
  differences: Classified[];
  /** Entries of known-differences.yaml for this vendor that matched no difference (stale). */
  unused: KnownDifference[];
}

/**
 * A doc set read without the overlay, so without its wire-name rule: a field is named as the doc set
 * shows it, by the JSON name a sample gives it, else by its Python attribute name. Our spec's wire
 * names do not reach the regenerated pages (the generator prints attribute names), but its descriptions
 * do, with the vendor's samples in them: the same evidence names a field alike on both sides.
 */
function reconstructed(set: DocSet) {
  const { api } = parseDocSet(set);
  return buildSpec(api, api.apiClass, { doc: set.apiPages.map((p) => p.path).join(', '), sha256: '' });
}

/**
 * The regenerated doc set: its API page, the model pages it links and those it does not. The
 * generator writes a page for every model of our spec, but its 5.0 API page prints no error bodies, so
 * it links no page of a model used only for errors (the vendor's 6.x page did).
 */
export function regeneratedDocSet(apiPage: string): DocSet {
  const dir = dirname(apiPage);
  const set = readDocSet(dir, [basename(apiPage)]);
  for (const name of readdirSync(dir).sort()) {
    const model = basename(name, '.md');
    if (!name.endsWith('.md') || name === basename(apiPage) || set.modelPages.has(model)) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    set.modelPages.set(model, { file, path: name, text, sha256 });
  }
  return set;
}

export function roundTripVendor(
  vendor: Vendor,
  docsDir: string,
  regeneratedDoc: string,
  known: readonly KnownDifference[],
): VendorRoundTrip {
  const vendorDoc = join(docsDir, vendor.docSet, vendor.apiPages[0]!);
  const vendorSet = readDocSet(join(docsDir, vendor.docSet), vendor.apiPages);
  const regeneratedSet = regeneratedDocSet(regeneratedDoc);
  const vendorSpec = reconstructed(vendorSet);
  const vendorFacts = factsOf(vendorSpec);
  const regeneratedSpec = reconstructed(regeneratedSet);
  const regeneratedFacts = factsOf(regeneratedSpec);
  const modelsOf = (spec: typeof vendorSpec) =>
    (spec.components as { schemas: Record<string, Schema> }).schemas;
  const { classified, unused } = classify(
    diffFacts(vendorFacts, regeneratedFacts),
    { vendorModels: modelsOf(vendorSpec), regeneratedModels: modelsOf(regeneratedSpec) },
    known.filter((k) => k.vendor === vendor.id),
  );
  const counts = Object.fromEntries(
    FACT_KINDS.map((kind) => {
      const of = (verdict: Classified['verdict']) =>
        classified.filter((d) => d.kind === kind && d.verdict === verdict).length;
      const vendorCount = vendorFacts.filter((f) => f.kind === kind).length;
      const differing = classified.filter((d) => d.kind === kind && d.vendor !== undefined).length;
      return [
        kind,
        {
          vendor: vendorCount,
          regenerated: regeneratedFacts.filter((f) => f.kind === kind).length,
          same: vendorCount - differing,
          normalised: of('normalised'),
          explained: of('explained'),
          unexplained: of('unexplained'),
        },
      ];
    }),
  ) as Record<FactKind, FactCounts>;
  const pages = {
    vendor: allPages(vendorSet).length,
    regenerated: allPages(regeneratedSet).length,
  };
  return { vendor, vendorDoc, regeneratedDoc, pages, counts, differences: classified, unused };
}

export const unexplainedCount = (r: VendorRoundTrip) =>
  r.differences.filter((d) => d.verdict === 'unexplained').length + r.unused.length;
