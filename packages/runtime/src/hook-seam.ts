/**
 * All the pipeline knows of hooks. A hook set made by `defineHooks` (hooks.ts) carries the code that
 * runs it under `HOOKS`, so a client that is never given hooks bundles none of that code.
 */
import type { SentSecrets } from '@vendor-clients/auth';
import type { Clock } from './clock.js';
import type { Hooks } from './hooks.js';
import type { Hop } from './redirect.js';
import type { HttpResponse } from './transport.js';

// Symbol.for: hook sets made by another copy of this runtime (two vendor packages, two installs) still work.
export const HOOKS: unique symbol = Symbol.for('vendor-clients.hooks.1');

/** The hooks of one call, run by the pipeline around each request it sends. */
export interface HookRun {
  /** Before a request goes out (each attempt and hop); resolves with the hop to send, headers changed. */
  request(hop: Hop, attempt: number, redirect: number): Promise<Hop>;
  /**
   * After the response to the last request arrived; `final` when the call ends with it. If a hook
   * throws, the response's body is thrown away before the call fails.
   */
  response(response: HttpResponse, final: boolean): Promise<void>;
  /**
   * After the last request failed; `final` when the call fails with it. Only connection errors and the
   * caller's abort reach the hooks: others (a hook's own error) are not about the request.
   */
  failure(error: unknown, final: boolean): Promise<void>;
}

/** What the hooks' redaction needs from the client, and its clock. */
export interface HookView {
  /** Lower-case header names that carry credentials. */
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialQueryNames: ReadonlySet<string>;
  /** The credential values the client is sending or has just sent (credential headers a hook sets too). */
  readonly secrets: SentSecrets;
  readonly clock: Clock;
}

/** Starts the run of one call's hooks: the client's set, then the call's. */
export type StartHooks = (
  client: DefinedHooks | undefined,
  call: DefinedHooks | undefined,
  operationId: string,
  view: HookView,
) => HookRun;

/** Hooks made by `defineHooks(...)`: pass them as `hooks` to a client or a call. */
export interface DefinedHooks {
  readonly [HOOKS]: { readonly start: StartHooks; readonly sets: readonly Hooks[] };
}

/** Refuses `hooks` that `defineHooks` did not make, naming where they were given. */
export function checkHooks(place: string, hooks: DefinedHooks | undefined): void {
  if (hooks !== undefined && typeof hooks?.[HOOKS]?.start !== 'function') {
    throw new TypeError(`${place}: hooks must come from defineHooks()`);
  }
}

/** The run of a call's hooks, or undefined when neither the client nor the call has any. */
export function startHooks(
  client: DefinedHooks | undefined,
  call: DefinedHooks | undefined,
  operationId: string,
  view: HookView,
): HookRun | undefined {
  return (client ?? call)?.[HOOKS].start(client, call, operationId, view);
}
