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

/** Resolves client-level and call-level settings into one policy; `false` anywhere turns retries off. */
export function retryPolicy(...layers: Array<RetryOptions | false | undefined>): RetryPolicy {
  let policy = DEFAULT_RETRY;
  for (const layer of layers) {
    if (layer === false) policy = { ...DEFAULT_RETRY, maxRetries: 0 };
    else if (layer) {
      policy = { ...policy, ...Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)) };
    }
  }
  const { maxRetries } = policy;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(`retry.maxRetries must be a non-negative integer, got ${maxRetries}`);
  }
  return policy;
}

export function mayRetryMethod(method: string, policy: RetryPolicy): boolean {
  return policy.retryNonIdempotent || /^(GET|HEAD|OPTIONS|PUT|DELETE|TRACE)$/i.test(method);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status > 499;
}

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/**
 * The wait the server asked for, in ms: `retry-after-ms`, then `Retry-After` as seconds or as an HTTP
 * date (relative to `now`). Undefined when absent or unparseable.
 */
export function requestedDelayMs(
  headers: { get(name: string): string | null },
  now: number,
): number | undefined {
  const ms = headers.get('retry-after-ms') ?? '';
  if (NUMBER.test(ms)) return Number(ms);
  const value = headers.get('retry-after') ?? '';
  if (NUMBER.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: between 75% and 100% of min(maxDelay, base * 2^retry). */
export function backoffMs(
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  return Math.round(
    Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex) * (1 - 0.25 * random()),
  );
}
