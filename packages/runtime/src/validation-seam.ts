/**
 * All the client knows of response validation. A validation made by a vendor package's `validation()`
 * (or `defineValidation` of `@vendor-clients/runtime/validate`) carries the code that checks a body
 * under `VALIDATION`, so a client that is never given one bundles none of it (nor the JSON Schema
 * library behind it).
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
  /** The parsed JSON body. */
  readonly body: unknown;
  /** The call's own mode, when it gives one (`init.validate`). */
  readonly mode: ValidationMode | undefined;
  /** The client's debug logger (credentials redacted), if it has one. */
  readonly log: ((line: string) => void) | undefined;
  /** Masks the credential values the client has sent. */
  readonly redact: (text: string) => string;
}

/** A validation made by `defineValidation`: pass it as `validate` to a client (or a call). */
export interface DefinedValidation {
  readonly [VALIDATION]: {
    /** Checks one body; throws `ResponseValidationError` in strict mode when a success body differs. */
    check(response: CheckedResponse): void;
  };
}

const MODES: readonly string[] = ['off', 'report', 'strict'];

/** Refuses a `validate` that `defineValidation` did not make (or a mode that is none of the three). */
export function checkValidation(
  place: string,
  validate: DefinedValidation | ValidationMode | undefined,
  modeAllowed: boolean,
  client?: DefinedValidation,
): void {
  if (validate === undefined) return;
  if (typeof validate === 'string' ? modeAllowed && MODES.includes(validate) : isValidation(validate)) {
    // Before anything is sent: a mode without schemas to check with.
    validationFor(place, client, validate);
    return;
  }
  throw new TypeError(
    `${place}: validate must be ${modeAllowed ? "'off', 'report', 'strict' or " : ''}what validation() of the vendor package (or defineValidation) returned, got ${
      typeof validate === 'string' ? JSON.stringify(validate) : typeof validate
    }`,
  );
}

function isValidation(value: unknown): value is DefinedValidation {
  return typeof (value as DefinedValidation | null)?.[VALIDATION]?.check === 'function';
}

/**
 * The validation a call runs with and the mode it asks for: a call's own validation replaces the
 * client's; a call's mode applies to the client's. Undefined when nothing is to be checked.
 */
export function validationFor(
  operationId: string,
  client: DefinedValidation | undefined,
  call: DefinedValidation | ValidationMode | undefined,
): { validation: DefinedValidation; mode: ValidationMode | undefined } | undefined {
  if (call === 'off') return undefined;
  if (typeof call === 'object') return { validation: call, mode: undefined };
  if (!client) {
    if (call === undefined) return undefined;
    throw new TypeError(
      `${operationId}: validate: ${JSON.stringify(call)} needs the client's \`validate\` option (validation() of the vendor package's /validate entry), which holds the schemas`,
    );
  }
  return { validation: client, mode: call };
}
