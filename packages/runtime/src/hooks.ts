/**
 * Hooks: functions of yours that the pipeline calls around every request it puts on the wire (each
 * attempt and each redirect hop), for tracing, logging and metrics. What they are handed never holds a
 * credential: credential headers read `[redacted]`, the URL has no user info and its credential query
 * parameters masked, and any credential value this client sent is masked wherever else it shows.
 */
import { redactSecrets } from '@vendor-clients/auth';
import type { Clock } from './clock.js';
import { type APIConnectionError, HookError, type HookName, type UserAbortError } from './errors.js';
import { type HeaderRecord, mergeHeaderLayers, safeHeaders } from './headers.js';
import type { Hop } from './redirect.js';
import { safeUrl } from './safe-url.js';
import type { HttpResponse } from './transport.js';

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
  /** From sending this request to its response's headers, by the client's clock. */
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
 * Set on the client (`hooks`) and per call (`init.hooks`); the client's run first. A hook may be async.
 * One that throws fails the call with a `HookError` naming it; nothing is retried because of it.
 */
export interface Hooks {
  /** Before each request is sent: each attempt and each redirect hop. It may change the headers. */
  onRequest?(request: HookRequest): HookResult;
  /** After each response's headers arrive: redirect hops and retried attempts included. */
  onResponse?(response: HookResponse): HookResult;
  /** After each request that got no response: connection errors, timeouts, the caller's abort. */
  onError?(failure: HookFailure): HookResult;
}

const HOOK_NAMES: readonly HookName[] = ['onRequest', 'onResponse', 'onError'];

/** `hooks` as a list, each checked: an option that is not a hook is refused, naming where it was given. */
export function hookList(place: string, hooks: Hooks | readonly Hooks[] | undefined): readonly Hooks[] {
  const list: readonly Hooks[] = hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks as Hooks];
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) {
      throw new TypeError(`${place}: hooks must be objects with onRequest, onResponse or onError`);
    }
    for (const name of HOOK_NAMES) {
      const fn = entry[name];
      if (fn !== undefined && typeof fn !== 'function') {
        throw new TypeError(`${place}: hooks.${name} must be a function, got ${typeof fn}`);
      }
    }
  }
  return list;
}

/** What the hooks' redaction needs from the client, and its clock. */
export interface HookView {
  /** Lower-case header names that carry credentials. */
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialQueryNames: ReadonlySet<string>;
  /** Every credential value sent so far; values a hook puts in credential headers are added. */
  readonly secrets: Set<string>;
  readonly clock: Clock;
}

const REDACTED = '[redacted]';

/** The hooks of one call: builds what each hook sees, calls them in order, applies their header changes. */
export class HookRun {
  readonly call: HookCall;
  /** The request last handed to onRequest: what the next onResponse or onError is about. */
  private last: HookExchange;
  private sentAt = 0;

  constructor(
    private readonly hooks: readonly Hooks[],
    operationId: string,
    private readonly view: HookView,
  ) {
    this.call = { operationId };
    this.last = { call: this.call, method: '', url: '', attempt: 0, redirect: 0 };
  }

  /** Calls every onRequest for `hop` and returns the hop to send, with the headers they changed. */
  async request(hop: Hop, attempt: number, redirect: number): Promise<Hop> {
    const { credentialHeaders } = this.view;
    const shown: HeaderRecord = {};
    for (const name in hop.headers) {
      shown[name] = credentialHeaders.has(name) ? REDACTED : this.hide(hop.headers[name]!);
    }
    const url = this.hide(safeUrl(hop.url, this.view.credentialQueryNames));
    this.last = { call: this.call, method: hop.method, url, attempt, redirect };
    const headers = { ...shown };
    await this.notify('onRequest', { ...this.last, headers });
    const changes = headerChanges(shown, headers);
    let next = hop;
    if (changes) {
      let merged: HeaderRecord;
      try {
        merged = mergeHeaderLayers(this.call.operationId, hop.headers, changes);
      } catch (error) {
        throw new HookError(this.call.operationId, 'onRequest', error, 'set a header that cannot be sent');
      }
      for (const key in changes) {
        const value = merged[key.toLowerCase()];
        if (value === undefined || !credentialHeaders.has(key.toLowerCase())) continue;
        // Redacted from now on, like the credentials the client adds itself (with and without a scheme word).
        this.view.secrets.add(value);
        const space = value.indexOf(' ');
        if (space > 0) this.view.secrets.add(value.slice(space + 1));
      }
      if (hop.credentialsDropped) for (const name of credentialHeaders) delete merged[name];
      next = { ...hop, headers: merged };
    }
    this.sentAt = this.view.clock.now();
    return next;
  }

  /** Calls every onResponse for the response to the request last passed to `request`. */
  response(response: HttpResponse, final: boolean): Promise<void> {
    return this.notify('onResponse', {
      ...this.last,
      status: response.status,
      headers: safeHeaders(response.headers, this.view.secrets),
      elapsedMs: this.view.clock.now() - this.sentAt,
      final,
    });
  }

  /** Calls every onError for the request last passed to `request`, which got no response. */
  failure(error: APIConnectionError | UserAbortError, final: boolean): Promise<void> {
    return this.notify('onError', {
      ...this.last,
      error,
      elapsedMs: this.view.clock.now() - this.sentAt,
      final,
    });
  }

  private async notify<N extends HookName>(
    name: N,
    info: Parameters<NonNullable<Hooks[N]>>[0],
  ): Promise<void> {
    for (const hooks of this.hooks) {
      const fn = hooks[name] as ((info: unknown) => HookResult) | undefined;
      if (!fn) continue;
      try {
        await fn.call(hooks, info);
      } catch (error) {
        throw new HookError(
          this.call.operationId,
          name,
          error,
          fn.name && fn.name !== name ? `(${fn.name}) threw` : 'threw',
        );
      }
    }
  }

  private hide(text: string): string {
    return this.view.secrets.size ? redactSecrets(text, this.view.secrets) : text;
  }
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
