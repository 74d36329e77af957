import type { RowResult } from './run.ts';

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'packages') return String(value);
  const digits = unit === '×' ? 2 : unit === 'kB' ? 1 : unit === 'B' ? 0 : 2;
  return unit === '×' ? `${value.toFixed(digits)}×` : `${value.toFixed(digits)} ${unit}`;
}

export function formatTarget(target: number | null, unit: string): string {
  if (target === null) return '';
  if (unit === 'packages') return `≤ ${target}`;
  return `≤ ${unit === '×' ? `${target.toFixed(2)}×` : `${target} ${unit}`}`;
}

const VERDICT = { ok: 'ok', missed: 'MISSED', info: '', error: 'ERROR' } as const;

/** The final table: figure and target side by side, then a note per missed budget with its cause. */
export function formatTable(rows: readonly RowResult[]): string {
  const header = ['row', 'measured', 'target', ''];
  const body = rows.map((r) => [
    r.label,
    formatValue(r.value, r.unit),
    formatTarget(r.target, r.unit),
    VERDICT[r.verdict],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  const notes = rows.flatMap((r) => {
    if (r.verdict === 'error') return [`✘ ${r.label}: ${r.error}`];
    const parts: string[] = [];
    if (r.note) parts.push(`note (${r.label}): ${r.note}`);
    if (r.verdict === 'missed') {
      const figure = `${formatValue(r.value, r.unit)} against ${formatTarget(r.target, r.unit)}`;
      parts.push(`missed (${r.label}): ${figure}; ${r.cause ?? 'cause not analysed yet'}`);
    }
    return parts;
  });
  return [...out, ...(notes.length ? ['', ...notes] : [])].join('\n');
}
