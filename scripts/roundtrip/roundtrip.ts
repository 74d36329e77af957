/**
 * One vendor's round trip: the spec reconstructed from the vendor's doc against the spec reconstructed
 * from the doc openapi-generator regenerates from our spec, fact by fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSpec } from '../reconstruct/build-spec.ts';
import { parseDoc } from '../reconstruct/parse-doc.ts';
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
  counts: Record<FactKind, FactCounts>;
  differences: Classified[];
  /** Entries of known-differences.yaml for this vendor that matched no difference (stale). */
  unused: KnownDifference[];
}

function reconstructed(file: string) {
  const { api } = parseDoc(file, readFileSync(file, 'utf8'));
  return buildSpec(api, api.apiClass, { doc: file, sha256: '' });
}

export function roundTripVendor(
  vendor: Vendor,
  docsDir: string,
  regeneratedDoc: string,
  known: readonly KnownDifference[],
): VendorRoundTrip {
  const vendorDoc = join(docsDir, vendor.docSet, vendor.apiPages[0]!);
  const vendorSpec = reconstructed(vendorDoc);
  const vendorFacts = factsOf(vendorSpec);
  const regeneratedSpec = reconstructed(regeneratedDoc);
  const regeneratedFacts = factsOf(regeneratedSpec);
  const modelsOf = (spec: typeof vendorSpec) =>
    (spec.components as { schemas: Record<string, Schema> }).schemas;
  const { classified, unused } = classify(
    diffFacts(vendorFacts, regeneratedFacts),
    { vendorModels: modelsOf(vendorSpec), regeneratedModels: modelsOf(regeneratedSpec) },
    known.filter((k) => k.vendor === vendor.id),
    new Map(vendorFacts.filter((f) => f.kind === 'field').map((f) => [f.key, f])),
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
  return { vendor, vendorDoc, regeneratedDoc, counts, differences: classified, unused };
}

export const unexplainedCount = (r: VendorRoundTrip) =>
  r.differences.filter((d) => d.verdict === 'unexplained').length + r.unused.length;
