/**
 * Hooks: functions of yours that the pipeline calls around every request it puts on the wire (each
 * attempt and each redirect hop), for tracing, logging and metrics. What they are handed never holds a
 * credential: credential headers read `[redacted]`, the URL has no user info and its credential query
 * parameters masked, and any credential value this client sent is masked wherever else it shows.
 * `defineHooks` hands the pipeline the code below with the hooks (hook-seam.ts), so only programs that
 * use hooks bundle it.
 */
import { APIConnectionError, HookError, type HookName, UserAbortError } from './errors.js';
import { type HeaderRecord, mergeHeaderLayers, safeHeaders } from './headers.js';
import { type DefinedHooks, HOOKS, type HookRun, type HookView } from './hook-seam.js';
import { safeUrl } from './safe-url.js';

/** The same object in every hook of one call, so a hook can tie its attempts together (a WeakMap key). */
export interface HookCall {
  readonly operationId: string;
}

/** What every hook is told about the request it is called for. */
export interface HookExchange {
  readonly call: HookCall;
  /** The method of this request (a 303 hop turns it into GET). */
  readonly method: string;
  /** Without user info; credential query parameters and credential values read `[redacted]`. */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry (or the resend after a 401 refresh), and so on. */
  readonly attempt: number;
  /** 0 for the first request of an attempt, n for its n-th redirect hop. */
  readonly redirect: number;
}

export interface HookRequest extends HookExchange {
  /**
   * The headers about to be sent, lower-case names; credential headers read `[redacted]`. Set, change
   * or delete entries to change what is sent. A header the spec names as a credential is still dropped
   * when a redirect has left the configured origin, also when a hook sets it.
   */
  readonly headers: HeaderRecord;
}

export interface HookResponse extends HookExchange {
  readonly status: number;
  /** As received, minus `set-cookie`, `authorization` and `www-authenticate`. */
  readonly headers: Readonly<HeaderRecord>;
  /** From sending this request to its response's headers (to its body, when `final`), by the client's clock. */
  readonly elapsedMs: number;
  /** True when the call ends with this response: no redirect, retry or 401 refresh follows it. */
  readonly final: boolean;
}

export interface HookFailure extends HookExchange {
  /** A connection error or timeout (`APIConnectionError`), or the caller's abort (`UserAbortError`). */
  readonly error: APIConnectionError | UserAbortError;
  /** From sending this request to the failure, by the client's clock. */
  readonly elapsedMs: number;
  /** True when the call fails with this error: no retry follows it. */
  readonly final: boolean;
}

type HookResult = void | PromiseLike<void>;

/**
 * What `defineHooks` takes. A hook may be async. One that throws fails the call with a `HookError`
 * naming it; nothing is retried because of it.
 */
export interface Hooks {
  /** Before each request is sent: each attempt and each redirect hop. It may change the headers. */
  onRequest?(request: HookRequest): HookResult;
  /**
   * After each response's headers arrive: redirect hops and retried attempts included. The response a
   * call ends with is reported once its body has been read too: a body that fails is an `onError`.
   */
  onResponse?(response: HookResponse): HookResult;
  /** After each request that got no response: connection errors, timeouts, the caller's abort. */
  onError?(failure: HookFailure): HookResult;
}

const HOOK_NAMES: readonly HookName[] = ['onRequest', 'onResponse', 'onError'];
const REDACTED = '[redacted]';

/**
 * Hooks for a client (`hooks` option) or a call (`init.hooks`, run after the client's), from one or
 * more sets run in order: `defineHooks(tracing, logging)`.
 */
export function defineHooks(...sets: Hooks[]): DefinedHooks {
  for (const hooks of sets) {
    if (typeof hooks !== 'object' || hooks === null) {
      throw new TypeError(
        'defineHooks: each argument must be an object with onRequest, onResponse or onError',
      );
    }
    for (const name of HOOK_NAMES) {
      const fn = hooks[name];
      if (fn !== undefined && typeof fn !== 'function') {
        throw new TypeError(`defineHooks: ${name} must be a function, got ${typeof fn}`);
      }
    }
  }
  return Object.freeze({ [HOOKS]: Object.freeze({ start: startRun, sets: [...sets] }) });
}

/** The hooks of one call: builds what each hook sees, calls them in order, applies their header changes. */
function startRun(
  client: DefinedHooks | undefined,
  callHooks: DefinedHooks | undefined,
  operationId: string,
  view: HookView,
): HookRun {
  const sets = [...(client?.[HOOKS].sets ?? []), ...(callHooks?.[HOOKS].sets ?? [])];
  const call: HookCall = { operationId };
  const { credentialHeaders, secrets, clock } = view;
  /** The request last handed to onRequest: what the next onResponse or onError is about. */
  let last: HookExchange = { call, method: '', url: '', attempt: 0, redirect: 0 };
  let sentAt = 0;
  const hide = (text: string) => secrets.redact(text);

  async function notify<N extends HookName>(name: N, info: Parameters<NonNullable<Hooks[N]>>[0]) {
    for (const hooks of sets) {
      const fn = hooks[name] as ((info: unknown) => HookResult) | undefined;
      if (!fn) continue;
      try {
        await fn.call(hooks, info);
      } catch (error) {
        throw new HookError(
          operationId,
          name,
          error,
          fn.name && fn.name !== name ? `(${fn.name}) threw` : 'threw',
        );
      }
    }
  }

  return {
    async request(hop, attempt, redirect) {
      const shown: HeaderRecord = {};
      for (const name in hop.headers) {
        shown[name] = credentialHeaders.has(name) ? REDACTED : hide(hop.headers[name]!);
      }
      last = {
        call,
        method: hop.method,
        url: hide(safeUrl(hop.url, view.credentialQueryNames)),
        attempt,
        redirect,
      };
      const headers = { ...shown };
      await notify('onRequest', { ...last, headers });
      const changes = headerChanges(shown, headers);
      let next = hop;
      if (changes) {
        let merged: HeaderRecord;
        try {
          merged = mergeHeaderLayers(operationId, hop.headers, changes);
        } catch (error) {
          throw new HookError(operationId, 'onRequest', error, 'set a header that cannot be sent');
        }
        if (hop.credentialsDropped) for (const name of credentialHeaders) delete merged[name];
        next = { ...hop, headers: merged };
      }
      sentAt = clock.now();
      return next;
    },
    async response(response, final) {
      try {
        await notify('onResponse', {
          ...last,
          status: response.status,
          headers: safeHeaders(response.headers, secrets),
          elapsedMs: clock.now() - sentAt,
          final,
        });
      } catch (error) {
        await response.discard();
        throw error;
      }
    },
    async failure(error, final) {
      if (error instanceof APIConnectionError || error instanceof UserAbortError) {
        await notify('onError', { ...last, error, elapsedMs: clock.now() - sentAt, final });
      }
    },
  };
}

/**
 * What a hook changed in the headers it was shown: new values by name, `null` for removed ones (first,
 * so a header removed and set again under another case is set). Undefined when nothing changed.
 */
function headerChanges(shown: HeaderRecord, after: HeaderRecord): Record<string, string | null> | undefined {
  const changes: Record<string, string | null> = {};
  let changed = false;
  const kept = new Set(Object.keys(after).map((name) => name.toLowerCase()));
  for (const name in shown) {
    if (!kept.has(name)) {
      changes[name] = null;
      changed = true;
    }
  }
  for (const name in after) {
    const value = after[name];
    if (value === shown[name]) continue;
    changes[name] = value ?? null;
    changed = true;
  }
  return changed ? changes : undefined;
}
