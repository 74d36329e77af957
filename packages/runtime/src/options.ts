/**
 * Option keys checked at run time: from plain JavaScript no compiler catches `baseURL` for `baseUrl`,
 * and an option silently ignored can send a request, credentials included, somewhere else.
 */

export const CLIENT_OPTIONS: readonly string[] = [
  'baseUrl',
  'fetch',
  'transport',
  'headers',
  'auth',
  'bindings',
  'timeoutMs',
  'retry',
  'logger',
  'clock',
  'hooks',
  'validate',
];
export const CALL_OPTIONS: readonly string[] = [
  'signal',
  'headers',
  'timeoutMs',
  'retry',
  'hooks',
  'validate',
];
export const RETRY_OPTIONS: readonly string[] = [
  'maxRetries',
  'retryNonIdempotent',
  'baseDelayMs',
  'maxDelayMs',
  'maxRetryAfterMs',
];
export const INPUT_KEYS: readonly string[] = ['path', 'query', 'header', 'body', 'contentType'];

/**
 * Throws a TypeError for the first key of `given` that `known` does not list (a function, so the list
 * is only built when asked): `getUser: unknown call option "timeout"; did you mean "timeoutMs"?`, or
 * what `hint` says of the key instead.
 */
export function checkKeys(
  place: string,
  what: string,
  given: unknown,
  known: readonly string[] | ((key: string) => boolean),
  names?: () => readonly string[],
  hint?: (key: string) => string | undefined,
): void {
  if (given == null || typeof given !== 'object') return;
  for (const key in given as object) {
    if (typeof known === 'function' ? known(key) : known.includes(key)) continue;
    const list = typeof known === 'function' ? names!() : known;
    const near = nearest(key, list);
    throw new TypeError(
      `${place}: unknown ${what} ${JSON.stringify(key)}; ${
        hint?.(key) ??
        (near ? `did you mean ${JSON.stringify(near)}?` : `known: ${list.join(', ') || 'none'}`)
      }`,
    );
  }
}

/**
 * The known name closest to `key` (case ignored), if it is close enough to be a slip: a few edits
 * away (one per three letters), letters past a shared start counting half (`pageSize`: `page`).
 */
function nearest(key: string, known: readonly string[]): string | undefined {
  const typed = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const lower = name.toLowerCase();
    const edits = editDistance(typed, lower);
    // A name that starts the other counts half its extra letters: `pageSize` is near `page`.
    const distance =
      typed.startsWith(lower) || lower.startsWith(typed)
        ? Math.min(edits, Math.ceil(Math.abs(typed.length - lower.length) / 2))
        : edits;
    if (
      distance < bestDistance &&
      distance <= Math.max(2, Math.floor(Math.max(key.length, name.length) / 3))
    ) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
