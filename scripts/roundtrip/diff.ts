/** Where two fact lists disagree: a fact on one side only, or the same key with different values. */
import { isDeepStrictEqual } from 'node:util';
import type { Fact, FactKind } from './facts.ts';

export interface Difference {
  kind: FactKind;
  key: string;
  /** The value in the spec reconstructed from the vendor's doc; undefined when only the other has it. */
  vendor?: unknown;
  /** The value in the spec reconstructed from the regenerated doc. */
  regenerated?: unknown;
}

export function diffFacts(vendor: readonly Fact[], regenerated: readonly Fact[]): Difference[] {
  const index = (facts: readonly Fact[]) => new Map(facts.map((f) => [`${f.kind} ${f.key}`, f]));
  const a = index(vendor);
  const b = index(regenerated);
  const out: Difference[] = [];
  for (const [id, fact] of a) {
    const other = b.get(id);
    if (!other) out.push({ kind: fact.kind, key: fact.key, vendor: fact.value });
    else if (!isDeepStrictEqual(fact.value, other.value))
      out.push({ kind: fact.kind, key: fact.key, vendor: fact.value, regenerated: other.value });
  }
  for (const [id, fact] of b)
    if (!a.has(id)) out.push({ kind: fact.kind, key: fact.key, regenerated: fact.value });
  return out;
}
