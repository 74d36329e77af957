/** When and how long to wait before trying a request again. */

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Also retry POST and PATCH (default false: they may not be safe to repeat). */
  retryNonIdempotent?: boolean;
  /** First backoff delay before jitter (default 500 ms); doubles each retry. */
  baseDelayMs?: number;
  /** Upper bound of the exponential backoff (default 8000 ms). */
  maxDelayMs?: number;
  /** A server-requested wait longer than this is not honoured: the response is returned instead (default 60 000 ms). */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 2,
  retryNonIdempotent: false,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: 0 };

/** Resolves client-level and call-level settings into one policy; `false` anywhere turns retries off. */
export function retryPolicy(...layers: Array<RetryOptions | false | undefined>): RetryPolicy {
  let policy = DEFAULT_RETRY;
  for (const layer of layers) {
    if (layer === false) policy = NO_RETRY;
    else if (layer) policy = { ...policy, ...withoutUndefined(layer) };
  }
  if (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0) {
    throw new RangeError(`retry.maxRetries must be a non-negative integer, got ${policy.maxRetries}`);
  }
  return policy;
}

function withoutUndefined(o: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

export function mayRetryMethod(method: string, policy: RetryPolicy): boolean {
  return policy.retryNonIdempotent || isIdempotent(method);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait the server asked for, in ms: `retry-after-ms`, then `Retry-After` as seconds or as an HTTP
 * date (relative to `now`). Undefined when absent or unparseable.
 */
export function requestedDelayMs(
  headers: { get(name: string): string | null },
  now: number,
): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff with jitter: between 75% and 100% of min(maxDelay, base * 2^retry). */
export function backoffMs(
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.round(ceiling * (1 - 0.25 * random()));
}
