/**
 * All the client knows of response validation. A validation made by a vendor package's `validation()`
 * (or `defineValidation` of `@vendor-clients/runtime/validate`) carries the code that checks a body
 * under `VALIDATION`, so a client that is never given one bundles none of it (nor the JSON Schema
 * library behind it), and only a few bytes for the option.
 */

// Symbol.for: validations made by another copy of this runtime (two installs) still work.
export const VALIDATION: unique symbol = Symbol.for('vendor-clients.validation.1');

/**
 * `off`: nothing is checked. `report`: each difference between a response and the spec is reported
 * (hook, logger, JSON Lines file) and the call succeeds as without validation. `strict`: a success
 * response that differs fails the call with a `ResponseValidationError` listing the differences.
 */
export type ValidationMode = 'off' | 'report' | 'strict';

/** One response to check, as the client read it. */
export interface CheckedResponse {
  readonly operationId: string;
  readonly status: number;
  /** The body as read: checked when it is there and `type` says JSON. */
  readonly body: unknown;
  /** The response's content type. */
  readonly type: string | null;
  /** The client's debug logger (credentials redacted), if it has one. */
  readonly log: ((line: string) => void) | undefined;
  /** The credential values the client has sent, masked in reports. */
  readonly secrets: { redact(text: string): string };
}

/** The validation of one call, its mode settled. */
export interface ValidationRun {
  /** Checks one body; throws `ResponseValidationError` in strict mode when a success body differs. */
  check(response: CheckedResponse): void;
}

/** A validation made by `defineValidation`: pass it as `validate` to a client (or a call). */
export interface DefinedValidation {
  readonly [VALIDATION]: {
    /**
     * The run for one call, given the call's own `validate` when it is not a validation (a mode, or
     * something to refuse, naming `place`); undefined when the call is not to be checked.
     */
    start(place: string, callMode: unknown): ValidationRun | undefined;
  };
}

/**
 * The validation run of a call, before anything is sent: the call's own validation, else the
 * client's with the call's mode (checked there). Undefined when nothing is to be checked. Called with
 * no `call` when a client is made, to refuse a `validate` option `defineValidation` did not make.
 */
export function startValidation(
  place: string,
  client: DefinedValidation | undefined,
  call?: DefinedValidation | ValidationMode,
): ValidationRun | undefined {
  const own = (call as DefinedValidation | undefined)?.[VALIDATION];
  const used = own ?? client?.[VALIDATION];
  if (call === 'off' || (client === undefined && call === undefined)) return undefined;
  // A mode with no validation on the client has no schemas to check with.
  if (!used)
    throw new TypeError(`${place}: validate needs validation() of the vendor package's /validate entry`);
  return used.start(place, own ? undefined : call);
}
