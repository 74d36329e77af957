/**
 * The size budget `pnpm test` holds the function-form consumer to: its gzipped bytes are recorded in
 * bench/size-budget.json, and a change that moves them by more than the tolerance fails until the
 * budget is updated on purpose (`pnpm --filter @vendor-clients/bench size-budget --update`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSize, vendorConsumer } from './bundle-size.ts';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGET_FILE = join(benchDir, 'size-budget.json');
export const UPDATE_COMMAND = 'pnpm --filter @vendor-clients/bench size-budget --update';

export interface SizeBudget {
  readonly description: string;
  readonly functionFormGzipBytes: number;
  /** How far the size may move either way, as a fraction (0.02: 2%). */
  readonly tolerance: number;
}

export function readBudget(file = BUDGET_FILE): SizeBudget {
  const budget = JSON.parse(readFileSync(file, 'utf8')) as SizeBudget;
  const { functionFormGzipBytes: bytes, tolerance } = budget;
  if (!Number.isInteger(bytes) || bytes <= 0 || !(tolerance >= 0 && tolerance < 1)) {
    throw new Error(
      `${file}: functionFormGzipBytes must be a positive integer and tolerance a fraction from 0 to 1`,
    );
  }
  return budget;
}

/** The budget with a new size, written back in the same shape. */
export function writeBudget(budget: SizeBudget, bytes: number, file = BUDGET_FILE): void {
  writeFileSync(file, `${JSON.stringify({ ...budget, functionFormGzipBytes: bytes }, null, 2)}\n`);
}

/** Gzipped bytes of the function-form consumer, bundled as the bench's `bundle.vendor` row does. */
export async function measureFunctionForm(): Promise<number> {
  return (await bundledSize({ contents: vendorConsumer, resolveDir: benchDir })).gzipped;
}

/**
 * Whether `measured` keeps to the budget; a change either way beyond the tolerance is reported: growth
 * so nobody adds bytes by accident, shrinkage so the budget follows an improvement and keeps guarding it.
 */
export function judgeSize(measured: number, budget: SizeBudget): { ok: boolean; message: string } {
  const bytes = budget.functionFormGzipBytes;
  const change = (measured - bytes) / bytes;
  const shown = `${measured} B gzipped against the budget's ${bytes} B (${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%, tolerance ${(budget.tolerance * 100).toFixed(0)}%)`;
  if (change > budget.tolerance) {
    return {
      ok: false,
      message: `the function-form consumer grew: ${shown}. Find what added the bytes (esbuild metafile, bench/src/bundle-size.ts); if the growth is intended, run \`${UPDATE_COMMAND}\` and commit bench/size-budget.json`,
    };
  }
  if (change < -budget.tolerance) {
    return {
      ok: false,
      message: `the function-form consumer shrank: ${shown}. Run \`${UPDATE_COMMAND}\` and commit bench/size-budget.json so the budget guards the smaller size`,
    };
  }
  return { ok: true, message: `the function-form consumer is ${shown}` };
}
