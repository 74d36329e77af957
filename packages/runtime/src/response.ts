/**
 * Response metadata on success: `withResponse(getUser(client, input))` resolves with the parsed body and
 * what came with it. `call` only leaves a function on its promise that hands over its record
 * (`trackCall`); the metadata is built here, so a bundle that never imports `withResponse` carries
 * none of that code.
 */
import type { SentSecrets } from '@vendor-clients/auth';
import { requestIdOf } from './errors.js';
import { type HeaderRecord, safeHeaders } from './headers.js';
import { type Outcome, release } from './pipeline.js';

/** What came with a successful response. */
export interface ResponseMeta {
  readonly status: number;
  /** As received (lower-case names), minus `set-cookie`, `authorization` and `www-authenticate`. */
  readonly headers: Readonly<HeaderRecord>;
  /** From `x-request-id` and the other usual request-id headers, when the server sent one. */
  readonly requestId: string | undefined;
  /** The URL of the final response (after redirects), without user info or credential query values. */
  readonly url: string;
  /** Requests it took, not counting redirect hops: 1, or more after retries or a 401 refresh. */
  readonly attempts: number;
  /** From the call to its parsed body, in ms by the client's clock. */
  readonly elapsedMs: number;
}

/** The parsed body, typed as the operation's result, with its response metadata. */
export interface WithResponse<T> extends ResponseMeta {
  readonly data: T;
}

/** What `call` leaves for `withResponse` about one call; filled in when the call succeeds. */
export interface CallRecord {
  started: number;
  outcome: Outcome;
  /** The final URL made safe (built only when asked). */
  url: () => string;
  ended: number;
  secrets: SentSecrets;
  /** The credential values the call sent, released when it ended: held again while its headers are shown. */
  held: readonly string[];
}

// A property of the promise, not a WeakMap entry: one entry per call cost several µs of garbage
// collection per call (ephemerons). A function, so inspecting the promise shows nothing of the record.
// Symbol.for: promises of another copy of this runtime are recognised too.
const RECORD = Symbol.for('vendor-clients.response.1');
type Tracked = Promise<unknown> & { [RECORD]?: () => CallRecord };

/** Leaves on the promise `call` returns the way to its record (filled in once the call succeeds). */
export function trackCall(promise: Promise<unknown>, record: CallRecord): void {
  (promise as Tracked)[RECORD] = () => record;
}

/**
 * Resolves with the parsed body (`data`, typed as the operation's result) and the response's status,
 * headers, request id, final URL, attempts and elapsed time; rejects with the call's error. Pass the
 * promise a method or operation function returned, as it is:
 *
 * ```ts
 * const { data, status, requestId } = await withResponse(getUser(client, { path: { id } }));
 * const same = await withResponse(client.getUser({ path: { id } }));
 * ```
 */
export async function withResponse<T>(promise: Promise<T>): Promise<WithResponse<T>> {
  const record = (promise as Tracked)[RECORD]?.();
  if (!record) {
    throw new TypeError(
      'withResponse: pass the promise a client method or operation function returned, as it is (a promise made from it with then() or an async function carries no response)',
    );
  }
  const data = await promise;
  const { outcome, ended, secrets, held } = record;
  // The call has let go of its credentials; they are held again while what it shows is made.
  for (const value of held) secrets.hold(value);
  const headers = safeHeaders(outcome.response.headers, secrets);
  const url = record.url();
  release(secrets, held);
  return {
    data,
    status: outcome.response.status,
    headers,
    requestId: requestIdOf(headers),
    url,
    attempts: outcome.attempts,
    elapsedMs: ended - record.started,
  };
}
