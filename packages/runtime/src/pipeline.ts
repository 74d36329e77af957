import {
  type Credential,
  refreshAfterUnauthorized,
  resolveCredential,
  type SchemeBinding,
} from '@vendor-clients/auth';
import { type Clock, startTimer } from './clock.js';
import { APIConnectionError, APIConnectionTimeoutError, UserAbortError } from './errors.js';
import { type DefinedHooks, type HookRun, startHooks } from './hook-seam.js';
import { type Hop, isRedirectStatus, MAX_REDIRECTS, nextHop } from './redirect.js';
import {
  backoffMs,
  isRetryableStatus,
  mayRetryMethod,
  type RetryOptions,
  type RetryPolicy,
  requestedDelayMs,
  retryPolicy,
} from './retry.js';
import { safeUrl } from './safe-url.js';
import type { HttpResponse, Transport } from './transport.js';

/** What the pipeline needs to know about one request beyond its URL, method, headers and body. */
export interface RequestContext {
  readonly operationId: string;
  readonly auth: ReadonlyArray<{ binding: SchemeBinding; credential: Credential }>;
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly signal?: AbortSignal | undefined;
  /** The call's own hooks, run after the client's. */
  readonly hooks?: DefinedHooks | undefined;
}

/** One request before credentials: what `call` builds, or what a `raw` call's Request says. */
export interface PreparedRequest {
  readonly url: string;
  readonly method: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Sent again as is on a retry or a 307/308 hop. */
  readonly body: string | Uint8Array | undefined;
}

export interface PipelineConfig {
  /** Origin of the configured baseUrl: the only origin credentials are sent to. */
  readonly baseOrigin: string;
  readonly transport: Transport;
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false | undefined;
  readonly clock: Clock;
  /** Lower-case header names that carry credentials and are dropped on a cross-origin hop. */
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialQueryNames: ReadonlySet<string>;
  /** Every credential value sent so far, for redaction. */
  readonly secrets: Set<string>;
  /** Undefined when nobody listens, so no log line is ever built. */
  readonly log: ((line: string) => void) | undefined;
  /** The client's hooks, if any. */
  readonly hooks: DefinedHooks | undefined;
}

/** The last response of a request and the URL it came from (not yet made safe for messages). */
export interface Outcome {
  readonly response: HttpResponse;
  readonly url: string;
  /** Requests sent for it, not counting redirect hops: retries and a resend after a 401 refresh count. */
  readonly attempts: number;
}

export type Pipeline = (request: PreparedRequest, ctx: RequestContext) => Promise<Outcome>;

interface SentCredential {
  readonly credential: Credential;
  readonly binding: SchemeBinding;
  readonly name: string;
  readonly value: string;
}

class TimeoutSignal extends Error {}

/**
 * Sends one request through the transport: adds credentials per attempt, follows redirects by hand
 * (dropping credentials when leaving the configured origin), retries, refreshes once after a 401, and
 * enforces a per-attempt timeout joined with the caller's signal.
 */
export function createPipeline(config: PipelineConfig): Pipeline {
  const log = config.log;
  const shown = (url: string) => safeUrl(url, config.credentialQueryNames);
  // The client's own policy, worked out on the first call that does not override it (not at creation,
  // so a bad `retry` option still surfaces as the call's error, as before).
  let clientPolicy: RetryPolicy | undefined;

  return async function send(request: PreparedRequest, ctx: RequestContext): Promise<Outcome> {
    let policy: RetryPolicy;
    if (ctx.retry !== undefined) policy = retryPolicy(config.retry, ctx.retry);
    else {
      clientPolicy ??= retryPolicy(config.retry);
      policy = clientPolicy;
    }
    const timeoutMs = ctx.timeoutMs ?? config.timeoutMs;
    const { method } = request;
    const callerSignal = ctx.signal;
    // A raw call may override baseUrl per request; credentials still only go to the configured origin.
    const sameOrigin = isSameOrigin(request.url, config.baseOrigin);
    let retries = 0;
    let attempts = 0;
    let refreshed = false;
    let run: HookRun | undefined;
    // `hooks:` and `metadata:` label the statements a feature adds to the path every call takes;
    // `pnpm bench` drops them (esbuild `dropLabels`) to weigh what a bundle not using it pays for it.
    hooks: run = startHooks(config.hooks, ctx.hooks, ctx.operationId, config);

    for (;;) {
      if (callerSignal?.aborted) throw new UserAbortError(ctx.operationId, callerSignal.reason);
      const sent = sameOrigin && ctx.auth.length > 0 ? await resolveAll(ctx.auth, config.secrets) : [];
      const first = withCredentials(request, sent);
      let outcome: Outcome;
      try {
        outcome = await attempt(first, ctx, timeoutMs, ++attempts, run);
      } catch (error) {
        // Only connection errors are retried: a caller's abort, or anything else (a hook's error among
        // them), fails the call as it is.
        const again =
          error instanceof APIConnectionError &&
          retries < policy.maxRetries &&
          mayRetryMethod(method, policy);
        hooks: if (run) await run.failure(error, !again);
        if (!again) throw error;
        const delay = backoffMs(retries, policy);
        log?.(`${ctx.operationId}: ${error.message}; retrying in ${delay} ms`);
        await sleep(delay, callerSignal, ctx.operationId);
        retries++;
        continue;
      }
      const { response } = outcome;

      if (response.status === 401 && !refreshed && sent.length > 0) {
        refreshed = true;
        const renewed = await Promise.all(sent.map((s) => refreshAfterUnauthorized(s.credential, s.value)));
        if (renewed.some(Boolean)) {
          hooks: if (run) await run.response(response, false);
          log?.(`${ctx.operationId}: 401, credentials refreshed; retrying once`);
          await response.discard();
          continue;
        }
        hooks: if (run) await run.response(response, true);
        return outcome;
      }

      if (
        isRetryableStatus(response.status) &&
        retries < policy.maxRetries &&
        mayRetryMethod(method, policy)
      ) {
        const requested = requestedDelayMs(response.headers, config.clock.now());
        if (requested !== undefined && requested > policy.maxRetryAfterMs) {
          log?.(
            `${ctx.operationId}: ${response.status} asks to wait ${requested} ms, over the ${policy.maxRetryAfterMs} ms cap; not retrying`,
          );
          hooks: if (run) await run.response(response, true);
          return outcome;
        }
        const delay = requested ?? backoffMs(retries, policy);
        hooks: if (run) await run.response(response, false);
        log?.(`${ctx.operationId}: ${response.status}; retrying in ${delay} ms`);
        await response.discard();
        await sleep(delay, callerSignal, ctx.operationId);
        retries++;
        continue;
      }
      hooks: if (run) await run.response(response, true);
      return outcome;
    }
  };

  async function attempt(
    first: Hop,
    ctx: RequestContext,
    timeoutMs: number,
    attemptNo: number,
    run: HookRun | undefined,
  ): Promise<Outcome> {
    const callerSignal = ctx.signal;
    const timeout = new AbortController();
    const cancelTimeout = startTimer(config.clock, timeoutMs, () => timeout.abort(new TimeoutSignal()));
    // AbortSignal.any only when there is a caller signal: it is the costlier path, and not needed otherwise.
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    try {
      let hop = first;
      for (let hops = 0; ; hops++) {
        hooks: if (run) hop = await run.request(hop, attemptNo, hops);
        log?.(`${ctx.operationId}: ${hop.method} ${shown(hop.url)} (attempt ${attemptNo})`);
        const started = log ? config.clock.now() : 0;
        let response: HttpResponse;
        try {
          response = await config.transport.send({
            url: hop.url,
            method: hop.method,
            headers: hop.headers,
            body: hop.body,
            signal,
          });
        } catch (error) {
          if (callerSignal?.aborted) throw new UserAbortError(ctx.operationId, callerSignal.reason);
          if (timeout.signal.aborted)
            throw new APIConnectionTimeoutError(ctx.operationId, hop.method, shown(hop.url), timeoutMs);
          throw new APIConnectionError(ctx.operationId, hop.method, shown(hop.url), error);
        }
        log?.(
          `${ctx.operationId}: ${response.status} from ${hop.method} ${shown(hop.url)} in ${config.clock.now() - started} ms`,
        );
        const location = isRedirectStatus(response.status) ? response.headers.get('location') : null;
        // Browsers hand back an opaque redirect for 'manual': nothing to follow, so it is returned as is.
        if (location === null || response.opaqueRedirect) {
          return { response, url: hop.url, attempts: attemptNo };
        }
        await response.discard();
        hooks: if (run) await run.response(response, false);
        if (hops >= MAX_REDIRECTS) {
          throw new APIConnectionError(
            ctx.operationId,
            hop.method,
            shown(hop.url),
            undefined,
            `${ctx.operationId}: ${hop.method} ${shown(hop.url)} redirected more than ${MAX_REDIRECTS} times`,
          );
        }
        hop = nextHop(hop, response.status, location, config.baseOrigin, config.credentialHeaders);
        if (hop.credentialsDropped) {
          log?.(`${ctx.operationId}: redirected off ${config.baseOrigin}; credentials not forwarded`);
        }
      }
    } finally {
      cancelTimeout();
    }
  }

  function withCredentials(request: PreparedRequest, sent: readonly SentCredential[]): Hop {
    if (sent.length === 0) {
      return { ...request, credentialsDropped: false };
    }
    const headers: Record<string, string> = { ...request.headers };
    let url = request.url;
    const cookies: string[] = [];
    const query: SentCredential[] = [];
    for (const s of sent) {
      if (s.binding.in === 'header') headers[s.name.toLowerCase()] = s.value;
      else if (s.binding.in === 'query') query.push(s);
      else cookies.push(`${s.name}=${encodeURIComponent(s.value)}`);
    }
    if (query.length) {
      const parsed = new URL(url);
      for (const s of query) parsed.searchParams.set(s.name, s.value);
      url = parsed.toString();
    }
    if (cookies.length) headers.cookie = [headers.cookie, ...cookies].filter(Boolean).join('; ');
    return { url, method: request.method, headers, body: request.body, credentialsDropped: false };
  }

  async function sleep(ms: number, signal: AbortSignal | undefined, operationId: string): Promise<void> {
    try {
      await config.clock.sleep(ms, signal);
    } catch (error) {
      if (signal?.aborted) throw new UserAbortError(operationId, signal.reason);
      throw error;
    }
  }
}

/**
 * Whether `url` is on `origin`. A plain prefix match settles the usual case without parsing; anything
 * else (user info, default port spelled out, upper-case host) is decided by the URL parser.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith(origin)) {
    const next = url.charAt(origin.length);
    if (next === '/' || next === '?' || next === '#' || next === '') return true;
  }
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function resolveAll(auth: RequestContext['auth'], secrets: Set<string>): Promise<SentCredential[]> {
  // Most operations take one credential: no Promise.all and no array of promises for that.
  if (auth.length === 1) return [await resolveOne(auth[0]!, secrets)];
  return Promise.all(auth.map((chosen) => resolveOne(chosen, secrets)));
}

async function resolveOne(
  { binding, credential }: RequestContext['auth'][number],
  secrets: Set<string>,
): Promise<SentCredential> {
  const { name, value } = await resolveCredential(credential, binding);
  secrets.add(value);
  if (binding.prefix && value.startsWith(binding.prefix)) secrets.add(value.slice(binding.prefix.length));
  return { credential, binding, name, value };
}
