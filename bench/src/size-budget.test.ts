import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSize, measureFunctionForm, readBudget, type SizeBudget, writeBudget } from './size-budget.ts';

const budget: SizeBudget = { description: 'test', functionFormGzipBytes: 5000, tolerance: 0.02 };

describe('judgeSize', () => {
  const cases: Array<{ name: string; measured: number; ok: boolean; message: RegExp }> = [
    {
      name: 'the same',
      measured: 5000,
      ok: true,
      message: /5000 B gzipped against the budget's 5000 B \(\+0\.0%/,
    },
    { name: 'grown within 2%', measured: 5100, ok: true, message: /\+2\.0%/ },
    {
      name: 'grown past 2%',
      measured: 5101,
      ok: false,
      message: /grew: 5101 B .*run `pnpm --filter @vendor-clients\/bench size-budget --update`/,
    },
    { name: 'shrunk within 2%', measured: 4900, ok: true, message: /-2\.0%/ },
    { name: 'shrunk past 2%', measured: 4899, ok: false, message: /shrank: 4899 B .*size-budget --update/ },
  ];
  it.each(cases)('$name', ({ measured, ok, message }) => {
    const verdict = judgeSize(measured, budget);
    expect(verdict.ok).toBe(ok);
    expect(verdict.message).toMatch(message);
  });
});

describe('the budget file', () => {
  it('is read back as written, and refuses a size that is not a positive integer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-size-budget-'));
    try {
      const file = join(dir, 'size-budget.json');
      writeBudget(budget, 4321, file);
      expect(readBudget(file)).toEqual({ ...budget, functionFormGzipBytes: 4321 });
      writeBudget(budget, 0, file);
      expect(() => readBudget(file)).toThrow(/functionFormGzipBytes must be a positive integer/);
      expect(readFileSync(file, 'utf8')).toMatch(/\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('size budget (bench/size-budget.json)', () => {
  it('the function-form consumer keeps to its recorded gzipped size', async () => {
    const verdict = judgeSize(await measureFunctionForm(), readBudget());
    expect(verdict.ok, verdict.message).toBe(true);
  }, 60_000);
});
