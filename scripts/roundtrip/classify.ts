/** Sorts each difference into normalised (a rule), explained (known-differences.yaml) or unexplained. */
import { isDeepStrictEqual } from 'node:util';
import type { Schema } from '../reconstruct/schema.ts';
import type { Difference } from './diff.ts';
import { DESCRIBED, described, factId } from './facts.ts';
import type { KnownDifference } from './known-differences.ts';
import { normalisationRules, type Rule, type RuleContext, type Side as SideName } from './normalise.ts';

export type Classified = Difference &
  (
    | { verdict: 'normalised'; rules: string[] }
    | { verdict: 'explained'; entry: KnownDifference }
    | { verdict: 'unexplained' }
  );

interface Side {
  value: unknown;
  schema?: Schema;
}

function applyRule(rule: Rule, side: Side, name: SideName, d: Difference, ctx: RuleContext): Side {
  let { value, schema } = side;
  if (rule.schema && schema) {
    schema = rule.schema(schema, name, ctx);
    if (value && typeof value === 'object' && 'type' in value) {
      const kept = Object.entries(value).filter(([k]) => !(DESCRIBED as readonly string[]).includes(k));
      value = { ...Object.fromEntries(kept), ...described(schema) };
    }
  }
  if (rule.value) value = rule.value(value, name, d);
  return { value, ...(schema ? { schema } : {}) };
}

/** The rules that, applied together, make the two sides of `d` agree (or account for a one-sided fact). */
function normalisedBy(d: Difference, ctx: RuleContext, rules: readonly Rule[]): string[] | undefined {
  const accounting = rules.find((r) => r.accounts?.(d, ctx));
  if (accounting) return [accounting.id];
  if (d.vendor === undefined || d.regenerated === undefined) return undefined;
  let vendor: Side = { value: d.vendor, ...(d.vendorSchema ? { schema: d.vendorSchema } : {}) };
  let regenerated: Side = {
    value: d.regenerated,
    ...(d.regeneratedSchema ? { schema: d.regeneratedSchema } : {}),
  };
  const used: string[] = [];
  for (const rule of rules) {
    const v = applyRule(rule, vendor, 'vendor', d, ctx);
    const r = applyRule(rule, regenerated, 'regenerated', d, ctx);
    if (!isDeepStrictEqual(v.value, vendor.value) || !isDeepStrictEqual(r.value, regenerated.value))
      used.push(rule.id);
    vendor = v;
    regenerated = r;
  }
  return isDeepStrictEqual(vendor.value, regenerated.value) ? used : undefined;
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
    const entry = known.find((k) => k.fact === factId(d));
    if (entry) {
      used.add(entry);
      return { ...d, verdict: 'explained', entry };
    }
    return { ...d, verdict: 'unexplained' };
  });
  return { classified, unused: known.filter((k) => !used.has(k)) };
}
