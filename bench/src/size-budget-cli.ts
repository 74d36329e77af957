/**
 * pnpm --filter @vendor-clients/bench size-budget [--update]: measures the function-form consumer and
 * compares it with bench/size-budget.json; `--update` records the measured size as the new budget.
 */
import { BUDGET_FILE, judgeSize, measureFunctionForm, readBudget, writeBudget } from './size-budget.ts';

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--' && arg !== '--update');
  if (unknown.length) throw new Error(`size-budget: unknown argument "${unknown[0]}" (known: --update)`);
  const budget = readBudget();
  console.log('==> bundle the function-form consumer');
  const started = performance.now();
  const measured = await measureFunctionForm();
  console.log(`✔ [1/1] function-form consumer (${Math.round(performance.now() - started)} ms)`);
  if (argv.includes('--update')) {
    writeBudget(budget, measured);
    console.log(`${BUDGET_FILE}: ${budget.functionFormGzipBytes} B -> ${measured} B gzipped`);
    return 0;
  }
  const verdict = judgeSize(measured, budget);
  console.log(verdict.message);
  return verdict.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`size-budget: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
