import {
  type Credential,
  refreshAfterUnauthorized,
  resolveCredential,
  type SchemeBinding,
} from '@vendor-clients/auth';
import type { Clock } from './clock.js';
import { APIConnectionError, APIConnectionTimeoutError, UserAbortError } from './errors.js';
import { type Hop, isRedirectStatus, MAX_REDIRECTS, nextHop } from './redirect.js';
import {
  backoffMs,
  isRetryableStatus,
  mayRetryMethod,
  type RetryOptions,
  requestedDelayMs,
  retryPolicy,
} from './retry.js';
import { safeUrl } from './safe-url.js';

export type FetchLike = (input: Request) => Promise<Response>;

/** What the transport needs to know about one request beyond the Request itself. */
export interface RequestContext {
  readonly operationId: string;
  readonly auth: ReadonlyArray<{ binding: SchemeBinding; credential: Credential }>;
  timeoutMs?: number | undefined;
  retry?: RetryOptions | false | undefined;
  /** Set by the transport: where the final response came from, already made safe for messages. */
  finalUrl?: string;
}

export interface TransportConfig {
  /** Origin of the configured baseUrl: the only origin credentials are sent to. */
  readonly baseOrigin: string;
  readonly fetch: () => FetchLike;
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false | undefined;
  readonly clock: Clock;
  /** Lower-case header names that carry credentials and are dropped on a cross-origin hop. */
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialQueryNames: ReadonlySet<string>;
  /** Every credential value sent so far, for redaction. */
  readonly secrets: Set<string>;
  readonly log: (line: string) => void;
  readonly contextOf: (request: Request) => RequestContext;
}

interface SentCredential {
  readonly credential: Credential;
  readonly binding: SchemeBinding;
  readonly name: string;
  readonly value: string;
}

class TimeoutSignal extends Error {}

/**
 * The fetch handed to openapi-fetch: adds credentials per attempt, follows redirects by hand (dropping
 * credentials when leaving the configured origin), retries, refreshes once after a 401, and enforces a
 * per-attempt timeout joined with the caller's signal.
 */
export function createTransport(config: TransportConfig): FetchLike {
  return async function transport(request: Request): Promise<Response> {
    const ctx = config.contextOf(request);
    const policy = retryPolicy(config.retry, ctx.retry);
    const timeoutMs = ctx.timeoutMs ?? config.timeoutMs;
    const method = request.method;
    const callerSignal = request.signal;
    // Read once so every attempt (and every 307/308 hop) can send the same bytes again.
    const body = request.body ? await request.arrayBuffer() : undefined;
    let retries = 0;
    let refreshed = false;

    for (;;) {
      if (callerSignal.aborted) throw new UserAbortError(ctx.operationId, callerSignal.reason);
      // A raw call may override baseUrl per request; credentials still only go to the configured origin.
      const sameOrigin = new URL(request.url).origin === config.baseOrigin;
      const sent = sameOrigin ? await resolveAll(ctx.auth, config.secrets) : [];
      const first = withCredentials(request, body, sent);
      const attemptNo = retries + 1;
      let response: Response;
      try {
        response = await attempt(first, ctx, timeoutMs, callerSignal, attemptNo);
      } catch (error) {
        if (error instanceof UserAbortError || !(error instanceof APIConnectionError)) throw error;
        if (retries < policy.maxRetries && mayRetryMethod(method, policy)) {
          const delay = backoffMs(retries, policy);
          config.log(`${ctx.operationId}: ${error.message}; retrying in ${delay} ms`);
          await sleep(delay, callerSignal, ctx.operationId);
          retries++;
          continue;
        }
        throw error;
      }

      if (response.status === 401 && !refreshed && sent.length > 0) {
        refreshed = true;
        const renewed = await Promise.all(sent.map((s) => refreshAfterUnauthorized(s.credential, s.value)));
        if (renewed.some(Boolean)) {
          config.log(`${ctx.operationId}: 401, credentials refreshed; retrying once`);
          await discard(response);
          continue;
        }
        return response;
      }

      if (
        isRetryableStatus(response.status) &&
        retries < policy.maxRetries &&
        mayRetryMethod(method, policy)
      ) {
        const requested = requestedDelayMs(response.headers, config.clock.now());
        if (requested !== undefined && requested > policy.maxRetryAfterMs) {
          config.log(
            `${ctx.operationId}: ${response.status} asks to wait ${requested} ms, over the ${policy.maxRetryAfterMs} ms cap; not retrying`,
          );
          return response;
        }
        const delay = requested ?? backoffMs(retries, policy);
        config.log(`${ctx.operationId}: ${response.status}; retrying in ${delay} ms`);
        await discard(response);
        await sleep(delay, callerSignal, ctx.operationId);
        retries++;
        continue;
      }
      return response;
    }
  };

  async function attempt(
    first: Hop,
    ctx: RequestContext,
    timeoutMs: number,
    callerSignal: AbortSignal,
    attemptNo: number,
  ): Promise<Response> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new TimeoutSignal()), timeoutMs);
    const signal = AbortSignal.any([callerSignal, timeout.signal]);
    const fetchImpl = config.fetch();
    try {
      let hop = first;
      for (let hops = 0; ; hops++) {
        const shown = safeUrl(hop.url, config.credentialQueryNames);
        config.log(`${ctx.operationId}: ${hop.method} ${shown} (attempt ${attemptNo})`);
        const started = config.clock.now();
        let response: Response;
        try {
          response = await fetchImpl(
            new Request(hop.url, {
              method: hop.method,
              headers: hop.headers,
              body: hop.body ?? null,
              signal,
              redirect: 'manual',
            }),
          );
        } catch (error) {
          if (callerSignal.aborted) throw new UserAbortError(ctx.operationId, callerSignal.reason);
          if (timeout.signal.aborted)
            throw new APIConnectionTimeoutError(ctx.operationId, hop.method, shown, timeoutMs);
          throw new APIConnectionError(ctx.operationId, hop.method, shown, error);
        }
        config.log(
          `${ctx.operationId}: ${response.status} from ${hop.method} ${shown} in ${config.clock.now() - started} ms`,
        );
        const location = response.headers.get('location');
        // Browsers hand back an opaque redirect for 'manual': nothing to follow, so it is returned as is.
        if (!isRedirectStatus(response.status) || location === null || response.type === 'opaqueredirect') {
          ctx.finalUrl = shown;
          return response;
        }
        if (hops >= MAX_REDIRECTS) {
          throw new APIConnectionError(
            ctx.operationId,
            hop.method,
            shown,
            undefined,
            `${ctx.operationId}: ${hop.method} ${shown} redirected more than ${MAX_REDIRECTS} times`,
          );
        }
        await discard(response);
        hop = nextHop(hop, response.status, location, config.baseOrigin, config.credentialHeaders);
        if (hop.credentialsDropped) {
          config.log(`${ctx.operationId}: redirected off ${config.baseOrigin}; credentials not forwarded`);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  function withCredentials(
    request: Request,
    body: ArrayBuffer | undefined,
    sent: readonly SentCredential[],
  ): Hop {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    const cookies: string[] = [];
    for (const s of sent) {
      if (s.binding.in === 'header') headers.set(s.name, s.value);
      else if (s.binding.in === 'query') url.searchParams.set(s.name, s.value);
      else cookies.push(`${s.name}=${encodeURIComponent(s.value)}`);
    }
    if (cookies.length) headers.set('cookie', [headers.get('cookie'), ...cookies].filter(Boolean).join('; '));
    return { url: url.toString(), method: request.method, headers, body, credentialsDropped: false };
  }

  async function sleep(ms: number, signal: AbortSignal, operationId: string): Promise<void> {
    try {
      await config.clock.sleep(ms, signal);
    } catch (error) {
      if (signal.aborted) throw new UserAbortError(operationId, signal.reason);
      throw error;
    }
  }
}

async function resolveAll(auth: RequestContext['auth'], secrets: Set<string>): Promise<SentCredential[]> {
  return Promise.all(
    auth.map(async ({ binding, credential }) => {
      const { name, value } = await resolveCredential(credential, binding);
      secrets.add(value);
      if (binding.prefix && value.startsWith(binding.prefix)) secrets.add(value.slice(binding.prefix.length));
      return { credential, binding, name, value };
    }),
  );
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body is unwanted; a failure to cancel it changes nothing.
  }
}
