// What the contract and auth suites use to watch a vendor client from the outside: hooks that record
// what they are shown, and a way to look for a secret in anything a client hands out.
import type { Clock, DefinedHooks, Hooks } from '@vendor-clients/runtime';

/** Retries without waiting: sleeps return at once (timeouts still use real timers). */
export const instantClock: Clock = { now: () => Date.now(), sleep: async () => {} };

type DefineHooks = (...sets: Hooks[]) => DefinedHooks;

/**
 * Hooks (made with the package's own `defineHooks`) that keep every object they are handed in `seen`
 * and a line per call in `events`: `request GET /base/users/x 1.0` (attempt.redirect, then `final`).
 */
export function recordingHooks(defineHooks: DefineHooks, origin: string) {
  const events: string[] = [];
  const seen: unknown[] = [];
  const at = (info: { attempt: number; redirect: number; final?: boolean }) =>
    `${info.attempt}.${info.redirect}${info.final ? ' final' : ''}`;
  const hooks = defineHooks({
    onRequest(info) {
      seen.push(info);
      events.push(`request ${info.method} ${info.url.replace(origin, '')} ${at(info)}`);
    },
    onResponse(info) {
      seen.push(info);
      events.push(`response ${info.status} ${at(info)}`);
    },
    onError(info) {
      seen.push(info);
      events.push(`error ${info.error.name} ${at(info)}`);
    },
  });
  return { events, seen, hooks };
}

/** Every string reachable from a value: own properties (hidden ones too, so messages, stacks, causes). */
export function stringsIn(value: unknown, out: string[] = [], visited = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  if (typeof value !== 'object' || value === null || visited.has(value)) return out;
  visited.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string') out.push(key);
    stringsIn((value as Record<PropertyKey, unknown>)[key], out, visited);
  }
  return out;
}

/** A secret as it can show up: as is, percent-encoded and form-encoded. */
export function spellingsOf(secret: string): string[] {
  return [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
}
