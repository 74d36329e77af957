import { describe, expect, it } from 'vitest';
import { parseArgs, selectRows } from './cli.ts';
import { formatTable, formatTarget, formatValue } from './report.ts';
import { type RowResult, verdictOf } from './run.ts';

describe('verdictOf', () => {
  it.each([
    { value: 1.05, target: 1.1, want: 'ok' },
    { value: 1.1, target: 1.1, want: 'ok' },
    { value: 1.11, target: 1.1, want: 'missed' },
    { value: 2, target: undefined, want: 'info' },
  ])('$value against $target is $want', ({ value, target, want }) => {
    expect(verdictOf(value, target)).toBe(want);
  });
});

describe('formatValue and formatTarget', () => {
  it.each([
    { value: 1.234, unit: '×', target: 1.1, value_: '1.23×', target_: '≤ 1.10×' },
    { value: 4.56, unit: 'kB', target: 5, value_: '4.6 kB', target_: '≤ 5 kB' },
    { value: 12.345, unit: 's', target: 20, value_: '12.35 s', target_: '≤ 20 s' },
    { value: 1, unit: 'packages', target: 1, value_: '1', target_: '≤ 1' },
    { value: 71.4, unit: 'B', target: 100, value_: '71 B', target_: '≤ 100 B' },
    { value: null, unit: 's', target: null, value_: '—', target_: '' },
  ])('$value $unit prints as $value_ beside $target_', ({ value, unit, target, value_, target_ }) => {
    expect(formatValue(value, unit)).toBe(value_);
    expect(formatTarget(target, unit)).toBe(target_);
  });
});

const row = (over: Partial<RowResult>): RowResult => ({
  id: 'x',
  group: 'g',
  label: 'x',
  unit: 's',
  target: 2,
  value: 1,
  verdict: 'ok',
  detail: {},
  ms: 1,
  ...over,
});

describe('formatTable', () => {
  it('puts each figure beside its target and explains every missed budget and error', () => {
    const table = formatTable([
      row({ label: 'fast', value: 1 }),
      row({ label: 'slow', value: 30, target: 20, verdict: 'missed', cause: 'tsc per package' }),
      row({ label: 'unexplained', value: 3, target: 2, verdict: 'missed' }),
      row({ label: 'broken', value: null, verdict: 'error', error: 'server died' }),
      row({ label: 'context', value: 1.5, unit: '×', target: null, verdict: 'info' }),
    ]);
    const lines = table.split('\n');
    expect(lines.find((l) => l.startsWith('fast'))).toMatch(/1\.00 s +≤ 2 s +ok$/);
    expect(lines.find((l) => l.startsWith('slow'))).toMatch(/30\.00 s +≤ 20 s +MISSED$/);
    expect(lines.find((l) => l.startsWith('context'))).toMatch(/1\.50×$/);
    expect(table).toContain('missed (slow): 30.00 s against ≤ 20 s; tsc per package');
    expect(table).toContain('missed (unexplained): 3.00 s against ≤ 2 s; cause not analysed yet');
    expect(table).toContain('✘ broken: server died');
  });
});

describe('parseArgs', () => {
  it.each([
    { argv: [], quick: false, out: /bench-results\/latest\.json$/, only: [] },
    { argv: ['--', '--quick'], quick: true, out: /bench-results\/latest\.json$/, only: [] },
    { argv: ['--quick', '--out', 'r.json'], quick: true, out: /^\/somewhere\/r\.json$/, only: [] },
    {
      argv: ['--only', 'overhead', '--only', 'bundle.vendor'],
      quick: false,
      out: /bench-results\/latest\.json$/,
      only: ['overhead', 'bundle.vendor'],
    },
  ])('$argv', ({ argv, quick, out, only }) => {
    const options = parseArgs(argv, '/somewhere');
    expect(options.quick).toBe(quick);
    expect(options.out).toMatch(out);
    expect(options.only).toEqual(only);
  });

  it.each([
    { argv: ['--fast'], error: 'unknown argument "--fast"' },
    { argv: ['--out'], error: '--out needs a file name' },
    { argv: ['--only'], error: '--only needs a row id' },
  ])('refuses $argv', ({ argv, error }) => {
    expect(() => parseArgs(argv, '/')).toThrow(error);
  });
});

describe('selectRows', () => {
  const row = (id: string) => ({
    id,
    group: 'g',
    label: id,
    unit: '×' as const,
    measure: async () => ({ value: 1, detail: {} }),
  });
  const all = [row('overhead.sequential.vendor'), row('overhead.node-transport.x'), row('bundle.vendor')];

  it.each([
    { only: [], want: ['overhead.sequential.vendor', 'overhead.node-transport.x', 'bundle.vendor'] },
    { only: ['overhead'], want: ['overhead.sequential.vendor', 'overhead.node-transport.x'] },
    { only: ['overhead.sequential'], want: ['overhead.sequential.vendor'] },
    {
      only: ['bundle.vendor', 'overhead.node-transport'],
      want: ['overhead.node-transport.x', 'bundle.vendor'],
    },
  ])('--only $only', ({ only, want }) => {
    expect(selectRows(all, only).map((r) => r.id)).toEqual(want);
  });

  it.each([
    { only: ['over'], error: '--only over matches no row (row ids start with: overhead, bundle)' },
    { only: ['bundle', 'nope'], error: '--only nope matches no row' },
  ])('refuses --only $only', ({ only, error }) => {
    expect(() => selectRows(all, only)).toThrow(error);
  });
});
