import { type BenchContext, createContext } from './context.ts';
import type { RowDefinition } from './rows.ts';

export interface RowResult {
  id: string;
  group: string;
  label: string;
  unit: string;
  target: number | null;
  value: number | null;
  /** 'ok' within target, 'missed' over it, 'info' no target, 'error' not measured. */
  verdict: 'ok' | 'missed' | 'info' | 'error';
  detail: Record<string, number | string>;
  note?: string;
  /** The measured cause, printed when the target is missed. */
  cause?: string;
  error?: string;
  ms: number;
}

export function verdictOf(value: number, target: number | undefined): RowResult['verdict'] {
  if (target === undefined) return 'info';
  return value <= target ? 'ok' : 'missed';
}

export interface BenchRun {
  quick: boolean;
  /** The `--only` row id prefixes, when the run measured a subset. */
  only?: string[];
  startedAt: string;
  node: string;
  platform: string;
  cpus: number;
  /** Absolute times on a busy machine are noise; the load says how busy it was. */
  loadAverage: { before: number; after: number };
  rows: RowResult[];
}

/** Measures every row in order, printing `==> group` once per group and `✔ [n/N] label (ms)` per row. */
export async function runRows(
  rows: readonly RowDefinition[],
  options: Omit<BenchContext, 'once' | 'log'>,
  print: (line: string) => void,
): Promise<RowResult[]> {
  const ctx = createContext(options, (line) => print(`    ${line}`));
  const results: RowResult[] = [];
  let group = '';
  for (const [index, row] of rows.entries()) {
    if (row.group !== group) {
      group = row.group;
      print(`==> ${group}`);
    }
    const step = `[${index + 1}/${rows.length}] ${row.label}`;
    const started = performance.now();
    const base = {
      id: row.id,
      group: row.group,
      label: row.label,
      unit: row.unit,
      target: row.target ?? null,
    };
    try {
      const measured = await row.measure(ctx);
      const ms = performance.now() - started;
      if (!Number.isFinite(measured.value)) throw new Error(`measured ${measured.value}, not a number`);
      const verdict = verdictOf(measured.value, row.target);
      results.push({
        ...base,
        value: measured.value,
        verdict,
        detail: measured.detail,
        ...(measured.note ? { note: measured.note } : {}),
        ...(verdict === 'missed' && row.whenMissed
          ? { cause: typeof row.whenMissed === 'function' ? row.whenMissed(measured) : row.whenMissed }
          : {}),
        ms,
      });
      print(`✔ ${step} (${Math.round(ms)} ms)`);
    } catch (error) {
      const ms = performance.now() - started;
      const message = error instanceof Error ? error.message : String(error);
      results.push({ ...base, value: null, verdict: 'error', detail: {}, error: message, ms });
      print(`✘ ${step} (${Math.round(ms)} ms): ${message}`);
    }
  }
  return results;
}
