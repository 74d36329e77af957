/** Sorts each difference into normalised (a rule), explained (known-differences.yaml) or unexplained. */
import { isDeepStrictEqual } from 'node:util';
import type { Difference } from './diff.ts';
import type { KnownDifference } from './known-differences.ts';
import { normalisationRules, type Rule, type RuleContext } from './normalise.ts';

export type Classified = Difference &
  (
    | { verdict: 'normalised'; rules: string[] }
    | { verdict: 'explained'; entry: KnownDifference }
    | { verdict: 'unexplained' }
  );

export const factOf = (d: Difference) => `${d.kind} ${d.key}`;

/** The rules that, applied together, make the two sides of `d` agree (or account for a one-sided fact). */
function normalisedBy(d: Difference, ctx: RuleContext, rules: readonly Rule[]): string[] | undefined {
  const accounting = rules.find((r) => r.accounts?.(d, ctx));
  if (accounting) return [accounting.id];
  if (d.vendor === undefined || d.regenerated === undefined) return undefined;
  let vendor: unknown = d.vendor;
  let regenerated: unknown = d.regenerated;
  const used: string[] = [];
  for (const rule of rules) {
    if (!rule.rewrite) continue;
    const v = rule.rewrite(vendor, 'vendor', d, ctx);
    const r = rule.rewrite(regenerated, 'regenerated', d, ctx);
    if (!isDeepStrictEqual(v, vendor) || !isDeepStrictEqual(r, regenerated)) used.push(rule.id);
    vendor = v;
    regenerated = r;
  }
  return isDeepStrictEqual(vendor, regenerated) ? used : undefined;
}

export function classify(
  differences: readonly Difference[],
  ctx: RuleContext,
  known: readonly KnownDifference[],
  rules: readonly Rule[] = normalisationRules,
): { classified: Classified[]; unused: KnownDifference[] } {
  const used = new Set<KnownDifference>();
  const classified = differences.map((d): Classified => {
    const byRules = normalisedBy(d, ctx, rules);
    if (byRules) return { ...d, verdict: 'normalised', rules: byRules };
    const entry = known.find((k) => k.fact === factOf(d));
    if (entry) {
      used.add(entry);
      return { ...d, verdict: 'explained', entry };
    }
    return { ...d, verdict: 'unexplained' };
  });
  return { classified, unused: known.filter((k) => !used.has(k)) };
}
