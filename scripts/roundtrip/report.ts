/** The round trip's printout: a table per vendor, then every difference with its verdict. */
import { relative } from 'node:path';
import { FACT_KINDS, factId } from './facts.ts';
import { normalisationRules } from './normalise.ts';
import type { FactCounts, VendorRoundTrip } from './roundtrip.ts';

const COLUMNS: ReadonlyArray<keyof FactCounts> = [
  'vendor',
  'regenerated',
  'same',
  'normalised',
  'explained',
  'unexplained',
];

const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

export function formatRoundTrip(r: VendorRoundTrip, root: string, knownFile: string): string {
  const rows = FACT_KINDS.map((kind) => [kind, ...COLUMNS.map((c) => String(r.counts[kind][c]))]);
  const total = COLUMNS.map((c) => String(FACT_KINDS.reduce((n, k) => n + r.counts[k][c], 0)));
  const table = [['fact', ...COLUMNS], ...rows, ['total', ...total]];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const lines = table.map(
    (row) =>
      `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`,
  );
  const out = [
    `${r.vendor.id}: ${relative(root, r.vendorDoc)} and its model pages (${r.pages.vendor} pages) against ${relative(root, r.regeneratedDoc)} and its (${r.pages.regenerated})`,
    ...lines,
  ];
  const byRule = new Map<string, string[]>();
  for (const d of r.differences) {
    const change = `${factId(d)}: ${shown(d.vendor)} -> ${shown(d.regenerated)}`;
    if (d.verdict === 'normalised') {
      const key = d.rules.join(' + ');
      byRule.set(key, [...(byRule.get(key) ?? []), change]);
    } else if (d.verdict === 'explained') {
      out.push(
        `  explained (${relative(root, knownFile)}:${d.entry.line}) ${change}`,
        `      why: ${d.entry.reason}`,
      );
    } else out.push(`  ✘ unexplained ${change}`);
  }
  for (const [key, changes] of byRule) {
    out.push(`  normalised (${key}), ${changes.length}:`, ...changes.map((c) => `      ${c}`));
  }
  for (const entry of r.unused) {
    out.push(
      `  ✘ stale ${relative(root, knownFile)}:${entry.line}: "${entry.fact}" no longer differs: remove the entry`,
    );
  }
  return out.join('\n');
}

/** What each normalisation rule stands for, printed once under the tables. */
export function formatRules(used: ReadonlySet<string>): string {
  return normalisationRules
    .filter((rule) => used.has(rule.id))
    .map((rule) => `  ${rule.id}: ${rule.why}`)
    .join('\n');
}
