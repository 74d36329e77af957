import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  DEFAULT_RETRY,
  isRetryableStatus,
  mayRetryMethod,
  requestedDelayMs,
  retryPolicy,
} from './retry.js';

describe('requestedDelayMs', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  const cases: Array<{ name: string; headers: Record<string, string>; want: number | undefined }> = [
    { name: 'seconds', headers: { 'retry-after': '3' }, want: 3000 },
    { name: 'fractional seconds', headers: { 'retry-after': '0.5' }, want: 500 },
    { name: 'HTTP date', headers: { 'retry-after': 'Tue, 01 Jan 2030 00:00:07 GMT' }, want: 7000 },
    { name: 'date in the past', headers: { 'retry-after': 'Mon, 31 Dec 2029 23:00:00 GMT' }, want: 0 },
    { name: 'retry-after-ms wins', headers: { 'retry-after-ms': '250', 'retry-after': '9' }, want: 250 },
    { name: 'garbage', headers: { 'retry-after': 'soon' }, want: undefined },
    { name: 'absent', headers: {}, want: undefined },
  ];
  it.each(cases)('$name', ({ headers, want }) => {
    expect(requestedDelayMs(new Headers(headers), now)).toBe(want);
  });
});

describe('retry decisions', () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [200, false],
  ])('status %i retryable: %s', (status, want) => {
    expect(isRetryableStatus(status)).toBe(want);
  });

  it.each([
    ['GET', false, true],
    ['PUT', false, true],
    ['DELETE', false, true],
    ['POST', false, false],
    ['PATCH', false, false],
    ['POST', true, true],
  ] as const)('%s with retryNonIdempotent=%s: %s', (method, opt, want) => {
    expect(mayRetryMethod(method, retryPolicy({ retryNonIdempotent: opt }))).toBe(want);
  });

  it('layers settings and lets false switch retries off', () => {
    expect(retryPolicy(undefined, undefined)).toEqual(DEFAULT_RETRY);
    expect(retryPolicy({ maxRetries: 5 }, { baseDelayMs: 1 })).toMatchObject({
      maxRetries: 5,
      baseDelayMs: 1,
    });
    expect(retryPolicy({ maxRetries: 5 }, false).maxRetries).toBe(0);
    expect(() => retryPolicy({ maxRetries: -1 })).toThrow(/retry.maxRetries/);
  });

  it('backs off exponentially with at most 25% jitter, up to the maximum', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    expect([0, 1, 2, 3, 4].map((i) => backoffMs(i, policy, () => 0))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffMs(1, policy, () => 1)).toBe(150);
  });
});
