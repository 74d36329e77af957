/** Where two fact lists disagree: a fact on one side only, or the same key with different values. */
import { isDeepStrictEqual } from 'node:util';
import type { Schema } from '../reconstruct/schema.ts';
import { type Fact, type FactKind, factId } from './facts.ts';

export interface Difference {
  kind: FactKind;
  key: string;
  /** The value in the spec reconstructed from the vendor's doc; undefined when only the other has it. */
  vendor?: unknown;
  /** The value in the spec reconstructed from the regenerated doc. */
  regenerated?: unknown;
  /** The schemas behind the two values' `type`, where there is one. */
  vendorSchema?: Schema;
  regeneratedSchema?: Schema;
}

export function diffFacts(vendor: readonly Fact[], regenerated: readonly Fact[]): Difference[] {
  const index = (facts: readonly Fact[]) => new Map(facts.map((f) => [factId(f), f]));
  const a = index(vendor);
  const b = index(regenerated);
  const out: Difference[] = [];
  const side = (name: 'vendor' | 'regenerated', fact: Fact | undefined) =>
    fact
      ? {
          [name]: fact.value,
          ...(fact.schema ? { [`${name}Schema`]: fact.schema } : {}),
        }
      : {};
  for (const [id, fact] of a) {
    const other = b.get(id);
    if (!other || !isDeepStrictEqual(fact.value, other.value))
      out.push({ kind: fact.kind, key: fact.key, ...side('vendor', fact), ...side('regenerated', other) });
  }
  for (const [id, fact] of b)
    if (!a.has(id)) out.push({ kind: fact.kind, key: fact.key, ...side('regenerated', fact) });
  return out;
}
