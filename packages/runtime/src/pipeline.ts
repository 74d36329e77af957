import type { Credential, CredentialSource, SchemeBinding, SentSecrets } from '@vendor-clients/auth';
import { type Clock, startTimer } from './clock.js';
import { APIConnectionError, APIConnectionTimeoutError, UserAbortError } from './errors.js';
import { type DefinedHooks, type HookRun, startHooks } from './hook-seam.js';
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
import { type HttpResponse, SEND_WITHOUT_SIGNAL, type Transport } from './transport.js';

/** A credential chosen for an operation, checked once, with what gives its value for each request. */
export interface ChosenCredential {
  readonly binding: SchemeBinding;
  readonly credential: Credential;
  /** Its value for each request, and its refresh after a 401 (`credentialSource` of @vendor-clients/auth). */
  readonly source: CredentialSource;
}

/** What the pipeline needs to know about one request beyond its URL, method, headers and body. */
export interface RequestContext {
  readonly operationId: string;
  readonly auth: readonly ChosenCredential[];
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly signal?: AbortSignal | undefined;
  /** The call's own hooks, run after the client's. */
  readonly hooks?: DefinedHooks | undefined;
  /** Reads the body of the response the call ends with, inside the attempt (see `ReadBody`). */
  readonly read: ReadBody;
  /**
   * Where the pipeline lists the credential values it holds in the client's `secrets` for this call,
   * so that whatever echoes them is redacted; the caller releases them when the call is over (`release`).
   */
  readonly held: string[];
}

/** What a `ReadBody` made of a response's body. */
export interface BodyRead {
  readonly value: unknown;
  /** A complete body that cannot be used (JSON that does not parse): retried as a 5xx would be. */
  readonly spoiled?: boolean;
  /** Settles when a body handed on as a stream has ended: the attempt's timeout runs until then. */
  readonly ended?: Promise<unknown>;
}

/**
 * Reads the body of the response a call ends with, under the attempt's timeout: a rejection is a
 * connection error of the attempt and retried as one. `fail` turns an error met while reading a body
 * handed on as a stream into the error this attempt would fail with (timeout, abort or connection).
 */
export type ReadBody = (response: HttpResponse, fail: (error: unknown) => Error) => Promise<BodyRead>;

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
  /** The credential values being sent, for redaction. */
  readonly secrets: SentSecrets;
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
  /** What the request's `read` made of the body. */
  readonly body: BodyRead;
}

/** Lets go of what a call held, once nothing more about it will be shown. */
export function release(secrets: SentSecrets, held: readonly string[]): void {
  for (const value of held) secrets.release(value);
}

export type Pipeline = (request: PreparedRequest, ctx: RequestContext) => Promise<Outcome>;

const NONE: readonly string[] = [];

/**
 * Sends one request through the transport: adds credentials per attempt, follows redirects by hand
 * (dropping credentials when leaving the configured origin), retries, refreshes once after a 401, and
 * enforces a per-attempt timeout joined with the caller's signal.
 */
export function createPipeline(config: PipelineConfig): Pipeline {
  // Read once: the config's names would otherwise be kept by the minifier at every use.
  const { baseOrigin, transport, clock, credentialHeaders, secrets, log } = config;
  const shown = (url: string) => safeUrl(url, config.credentialQueryNames);
  const sendWithoutSignal = transport[SEND_WITHOUT_SIGNAL]?.bind(transport);

  return async function send(request, ctx) {
    const { operationId, auth, signal, held } = ctx;
    const keep = (value: string) => {
      secrets.hold(value);
      held.push(value);
    };
    /**
     * Every credential header of a request is redacted from then on, wherever it came from (auth,
     * `headers` at any level, a hook), without its scheme word too, and each cookie's value alone.
     */
    const keepHeaders = (headers: Readonly<Record<string, string>>) => {
      for (const name of credentialHeaders) {
        const value = headers[name];
        if (value === undefined) continue;
        keep(value);
        if (name === 'cookie') {
          for (const pair of value.split(';')) keep(pair.slice(pair.indexOf('=') + 1).trim());
        } else if (value.includes(' ')) keep(value.slice(value.indexOf(' ') + 1));
      }
    };
    // No options anywhere: the shared default policy, nothing allocated.
    const policy = retryPolicy(config.retry, ctx.retry);
    const timeoutMs = ctx.timeoutMs ?? config.timeoutMs;
    const mayRetry = mayRetryMethod(request.method, policy);
    // A raw call may override baseUrl per request; credentials still only go to the configured origin.
    const withAuth = auth.length > 0 && isSameOrigin(request.url, baseOrigin);
    let retries = 0;
    let attempts = 0;
    let refreshed = false;
    let run: HookRun | undefined;
    // `hooks:` and `metadata:` label the statements a feature adds to the path every call takes;
    // `pnpm bench` drops them (esbuild `dropLabels`) to weigh what a bundle not using it pays for it.
    hooks: run = startHooks(config.hooks, ctx.hooks, operationId, config);
    /** Waits before the next attempt (or fails with UserAbortError when the caller aborts meanwhile). */
    const pause = async (ms: number, why: string) => {
      log?.(`${operationId}: ${why}; retrying in ${ms} ms`);
      try {
        await clock.sleep(ms, signal);
      } catch (error) {
        if (signal?.aborted) throw new UserAbortError(operationId, signal.reason);
        throw error;
      }
      retries++;
    };

    for (;;) {
      if (signal?.aborted) throw new UserAbortError(operationId, signal.reason);
      // Static secrets give strings: no promise turn unless a provider has to be waited for.
      let values: readonly (string | Promise<string>)[] = withAuth ? auth.map((a) => a.source.value()) : NONE;
      if (values.some((v) => typeof v !== 'string')) values = await Promise.all(values);
      const sent = values as readonly string[];
      sent.forEach((value, i) => {
        const { prefix, in: where } = auth[i]!.binding;
        // A header's value is held with the request's headers (keepHeaders), without its scheme word too.
        const inHeader = where === 'header';
        if (!inHeader) keep(value);
        if (prefix && value.startsWith(prefix) && !(inHeader && prefix.endsWith(' '))) {
          keep(value.slice(prefix.length));
        }
      });

      // One attempt: the request and its redirect hops, under one timeout. It is written out here rather
      // than as a function of its own: one promise and one turn fewer per call.
      const attempt = ++attempts;
      let timedOut = false;
      let controller: AbortController | undefined;
      /** What aborts the request in flight on the transport that needs no signal. */
      let stop: (() => void) | undefined;
      const cancelTimeout = startTimer(clock, timeoutMs, () => {
        timedOut = true;
        controller?.abort();
        stop?.();
      });
      // A signal only where one is needed: the caller gave one, or the transport takes nothing else.
      // AbortSignal.any only when there is a caller signal: it is the costlier path.
      const quick = signal ? undefined : sendWithoutSignal;
      let attemptSignal: AbortSignal | undefined;
      if (!quick) {
        controller = new AbortController();
        attemptSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
      }
      const onAbort = (abort: () => void) => {
        if (timedOut) abort();
        else stop = abort;
      };
      let method = request.method;
      let url = request.url;
      /** The error this attempt fails with when the transport or the body fails. */
      const fail = (error: unknown): Error =>
        signal?.aborted
          ? new UserAbortError(operationId, signal.reason)
          : timedOut
            ? new APIConnectionTimeoutError(operationId, method, shown(url), timeoutMs)
            : new APIConnectionError(operationId, method, shown(url), error);
      let response: HttpResponse | undefined;
      let outcome: Outcome | undefined;
      let failure: unknown;
      let failed = false;
      /** Undefined when the call ends with this response; -1 to resend at once after a 401 refresh. */
      let wait: number | undefined;
      let ended: Promise<unknown> | undefined;
      try {
        let hop = withCredentials(request, auth, sent);
        for (let hops = 0; ; hops++) {
          keepHeaders(hop.headers);
          hooks: if (run) {
            const asked = hop;
            hop = await run.request(hop, attempt, hops);
            if (hop !== asked) keepHeaders(hop.headers);
          }
          ({ url, method } = hop);
          log?.(`${operationId}: ${method} ${shown(url)} (attempt ${attempt})`);
          const started = log ? clock.now() : 0;
          try {
            response = await (quick
              ? quick(hop, onAbort)
              : transport.send({ ...hop, signal: attemptSignal }));
          } catch (error) {
            throw fail(error);
          }
          const { status } = response;
          log?.(`${operationId}: ${status} from ${method} ${shown(url)} in ${clock.now() - started} ms`);
          const location = isRedirectStatus(status) ? response.headers.get('location') : null;
          // Browsers hand back an opaque redirect for 'manual': nothing to follow, so it is returned as is.
          if (location === null || response.opaqueRedirect) break;
          await response.discard();
          hooks: if (run) await run.response(response, false);
          if (hops >= MAX_REDIRECTS) {
            throw new APIConnectionError(
              operationId,
              method,
              shown(url),
              undefined,
              `${operationId}: ${method} ${shown(url)} redirected more than ${MAX_REDIRECTS} times`,
            );
          }
          hop = nextHop(hop, status, location, baseOrigin, credentialHeaders, config.credentialQueryNames);
          if (hop.credentialsDropped)
            log?.(`${operationId}: redirected off ${baseOrigin}; credentials not forwarded`);
        }
        const { status } = response;
        if (status === 401 && !refreshed && sent.length > 0) {
          refreshed = true;
          const renewed = await Promise.all(auth.map((a, i) => a.source.refresh(sent[i]!)));
          if (renewed.some(Boolean)) wait = -1;
        } else if (isRetryableStatus(status) && retries < policy.maxRetries && mayRetry) {
          const requested = requestedDelayMs(response.headers, clock.now());
          if (requested === undefined || requested <= policy.maxRetryAfterMs) {
            wait = requested ?? backoffMs(retries, policy);
          } else {
            log?.(
              `${operationId}: ${status} asks to wait ${requested} ms, over the ${policy.maxRetryAfterMs} ms cap; not retrying`,
            );
          }
        }
        // Bodies are read (or thrown away) under the attempt's timeout: a server that stalls after the
        // headers would otherwise hold the call and its connection for as long as it likes.
        if (wait === undefined) {
          let body: BodyRead;
          try {
            body = await ctx.read(response, fail);
          } catch (error) {
            throw fail(error);
          }
          ended = body.ended;
          if (body.spoiled && retries < policy.maxRetries && mayRetry) wait = backoffMs(retries, policy);
          outcome = { response, url, attempts: attempt, body };
        } else await response.discard();
      } catch (error) {
        failed = true;
        failure = error;
      } finally {
        if (ended) ended.then(cancelTimeout, cancelTimeout);
        else cancelTimeout();
      }

      if (failed || !response) {
        // Only connection errors are retried: a caller's abort, or anything else (a hook's error among
        // them), fails the call as it is.
        const again = failure instanceof APIConnectionError && retries < policy.maxRetries && mayRetry;
        hooks: if (run) await run.failure(failure, !again);
        if (!again) throw failure;
        await pause(backoffMs(retries, policy), (failure as Error).message);
        continue;
      }
      hooks: if (run) await run.response(response, wait === undefined);
      if (wait === undefined) return outcome!;
      if (wait < 0) log?.(`${operationId}: 401, credentials refreshed; retrying once`);
      else await pause(wait, `${response.status}`);
    }
  };
}

/** The request with each credential where its binding puts it: a header, a query parameter or a cookie. */
function withCredentials(
  request: PreparedRequest,
  auth: readonly ChosenCredential[],
  values: readonly string[],
): Hop {
  if (values.length === 0) return request;
  const headers: Record<string, string> = { ...request.headers };
  let url: URL | undefined;
  const cookies: string[] = headers.cookie ? [headers.cookie] : [];
  values.forEach((value, i) => {
    const { in: where, name } = auth[i]!.binding;
    if (where === 'header') headers[name.toLowerCase()] = value;
    else if (where === 'query') {
      url ??= new URL(request.url);
      url.searchParams.set(name, value);
    } else cookies.push(`${name}=${encodeURIComponent(value)}`);
  });
  if (cookies.length) headers.cookie = cookies.join('; ');
  return { url: url ? url.href : request.url, method: request.method, headers, body: request.body };
}

/**
 * Whether `url` is on `origin`. A plain prefix match settles the usual case without parsing; anything
 * else (user info, default port spelled out, upper-case host) is decided by the URL parser.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith(origin) && /^([/?#]|$)/.test(url.slice(origin.length, origin.length + 1))) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
