/**
 * Every error the clients throw. Messages name the operation and never carry credentials: URLs are
 * passed through `safeUrl` and texts through the known-secret redaction before they get here.
 *
 * Fields are `declare`d and set with one `Object.assign`: a class field would be emitted as a
 * definition per field and per class, and its name kept by every minifier.
 */

export interface ApiErrorDetails {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
}

/** Response headers that may carry a request id, in the order they are looked at. */
const REQUEST_ID_HEADERS = [
  'x-request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'request-id',
  'x-correlation-id',
];

/** The request id a server sent back, from the first of the usual headers that is present. */
export function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) if (headers[name] !== undefined) return headers[name];
  return undefined;
}

/**
 * Where an error body carries the server's reason: property names from the body down to a string, a
 * list or an object, which is read as `reasonOf` reads a body. The generator derives them from the
 * error models the spec gives per status.
 */
export type ReasonPath = readonly string[];

/** What the message says besides the status: where to find the server's reason, and a hint of ours. */
export interface ApiErrorExplanation {
  /** Read in order before the usual keys; the first that gives text is the reason. */
  readonly reasons?: readonly ReasonPath[] | undefined;
  /** Appended to the message, e.g. that `baseUrl` lacks the spec's base path. */
  readonly hint?: string | undefined;
}

/**
 * The keys an error body usually carries its reason under, when the spec names none or the body does
 * not follow it: OAuth's `error_description` before its `error` code, RFC 9457's `detail` before its
 * `title`, `description` and `msg` as nested envelopes and validation lists write them.
 */
const REASON_KEYS = ['message', 'error_description', 'detail', 'description', 'msg', 'error', 'title'];
/** Location keys of an item of a validation list (`{ loc: ['body', 'email'], msg }`). */
const LOCATION_KEYS = ['loc', 'location', 'field'];

/**
 * The text of a reason found at `value`: a string as it is; a list as its items' reasons (with each
 * item's location, if it has one) joined by `; `; an object through the usual keys, one level down at
 * a time, so `{ error: { description } }` is read too.
 */
function reasonIn(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!value || typeof value !== 'object' || depth > 3) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      const text = reasonIn(item, depth + 1);
      const at = LOCATION_KEYS.map((key) => (item as Record<string, unknown>)?.[key]).find(
        (place) => typeof place === 'string' || Array.isArray(place),
      );
      return text && at ? `${Array.isArray(at) ? at.join('.') : at}: ${text}` : text;
    });
    return items.filter(Boolean).join('; ') || undefined;
  }
  for (const key of REASON_KEYS) {
    const text = reasonIn((value as Record<string, unknown>)[key], depth + 1);
    if (text) return text;
  }
  return undefined;
}

/** The server's reason in an error body: where the spec says it is, else under the usual keys. */
export function reasonOf(body: unknown, reasons?: readonly ReasonPath[]): string | undefined {
  for (const path of reasons ?? []) {
    const text = reasonIn(
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], body),
    );
    if (text) return text;
  }
  return reasonIn(body);
}

/** The server answered with a non-success status. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  declare readonly status: number;
  /** Parsed JSON when the body was JSON, the text otherwise, undefined when empty. */
  declare readonly body: unknown;
  declare readonly headers: Readonly<Record<string, string>>;
  declare readonly requestId: string | undefined;
  declare readonly operationId: string;
  declare readonly method: string;
  /** The request URL without user info or credential query parameters. */
  declare readonly url: string;

  /** The message carries the server's reason (see `reasonOf`), cut at 300 characters, and the hint. */
  constructor(details: ApiErrorDetails, explanation: ApiErrorExplanation = {}) {
    const reason = reasonOf(details.body, explanation.reasons);
    super(
      `${details.operationId}: ${details.method} ${details.url} failed with status ${details.status}${
        reason ? `: ${reason.length > 300 ? `${reason.slice(0, 299)}…` : reason}` : ''
      }${explanation.hint ? ` (${explanation.hint})` : ''}`,
    );
    Object.assign(this, details, { requestId: requestIdOf(details.headers) });
  }
}

/** The constructor of an ApiError subclass for one kind of status; its errors carry the literal `name`. */
export interface ApiErrorClass<N extends string> {
  new (details: ApiErrorDetails, explanation?: ApiErrorExplanation): ApiError & { readonly name: N };
  readonly prototype: ApiError & { readonly name: N };
}

/**
 * An ApiError subclass for one kind of status: the status table below is all that differs. Typed by
 * `ApiErrorClass` so declarations name it rather than spelling out the class (and `Error`'s statics).
 */
function apiErrorClass<N extends string>(name: N): ApiErrorClass<N> {
  // Made as an object's property so the class itself is called `name` (NotFoundError.name), which is
  // also what Node prints for its errors; a class expression alone would be nameless.
  return {
    [name]: class extends ApiError {
      override readonly name: N = name;
    },
  }[name]!;
}

export const BadRequestError = apiErrorClass('BadRequestError');
export type BadRequestError = InstanceType<typeof BadRequestError>;
export const AuthenticationError = apiErrorClass('AuthenticationError');
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
export const PermissionDeniedError = apiErrorClass('PermissionDeniedError');
export type PermissionDeniedError = InstanceType<typeof PermissionDeniedError>;
export const NotFoundError = apiErrorClass('NotFoundError');
export type NotFoundError = InstanceType<typeof NotFoundError>;
export const ConflictError = apiErrorClass('ConflictError');
export type ConflictError = InstanceType<typeof ConflictError>;
export const UnprocessableEntityError = apiErrorClass('UnprocessableEntityError');
export type UnprocessableEntityError = InstanceType<typeof UnprocessableEntityError>;
export const RateLimitError = apiErrorClass('RateLimitError');
export type RateLimitError = InstanceType<typeof RateLimitError>;
export const InternalServerError = apiErrorClass('InternalServerError');
export type InternalServerError = InstanceType<typeof InternalServerError>;

const BY_STATUS: Readonly<
  Record<number, new (details: ApiErrorDetails, explanation?: ApiErrorExplanation) => ApiError>
> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The most specific ApiError subclass for a status. */
export function apiErrorFor(details: ApiErrorDetails, explanation?: ApiErrorExplanation): ApiError {
  const ErrorClass = BY_STATUS[details.status] ?? (details.status > 499 ? InternalServerError : ApiError);
  return new ErrorClass(details, explanation);
}

/** A status an error check names: an exact one, or a range as the spec writes it. */
export type ErrorStatus = number | '4XX' | '5XX';

/**
 * The class `apiErrorFor` throws for a status, at the type level. A range or an unlisted 4xx names no
 * single subclass, so it is ApiError.
 */
export type ApiErrorOfStatus<S> = S extends 400
  ? BadRequestError
  : S extends 401
    ? AuthenticationError
    : S extends 403
      ? PermissionDeniedError
      : S extends 404
        ? NotFoundError
        : S extends 409
          ? ConflictError
          : S extends 422
            ? UnprocessableEntityError
            : S extends 429
              ? RateLimitError
              : `${S & (number | string)}` extends `5${string}`
                ? InternalServerError
                : ApiError;

/**
 * The error bodies one operation declares, by status as the spec writes it (`404`, `'4XX'`,
 * `'default'`); a generated client writes one such map per operation.
 */
export type ErrorBodyMap = { readonly [status: string | number]: unknown };

type RangeOf<S> = S extends number ? (`${S}` extends `${infer D}${string}` ? `${D}XX` : never) : never;

/**
 * The body an error of status S carries, as the spec resolves a response: the status's own entry, else
 * its range's, else `default`'s; unknown for a status the spec says nothing about (or below 400, where
 * only a success body that is not JSON gets an ApiError).
 */
export type ErrorBodyOf<B extends ErrorBodyMap, S> = S extends keyof B
  ? B[S]
  : `${S & (number | string)}` extends `4${string}` | `5${string}`
    ? [RangeOf<S> & keyof B] extends [never]
      ? 'default' extends keyof B
        ? B['default']
        : unknown
      : B[RangeOf<S> & keyof B]
    : unknown;

/** Any error body of an operation: one of those it declares when `default` covers the rest, else unknown. */
export type AnyErrorBodyOf<B extends ErrorBodyMap> = 'default' extends keyof B ? B[keyof B] : unknown;

/** An ApiError of one operation and status, with the body the spec declares for them. */
export type OperationApiError<Op extends string, S, Body> = ApiErrorOfStatus<S> & {
  readonly operationId: Op;
  readonly status: S extends number ? S : number;
  readonly body: Body;
};

/**
 * `isApiError` as a generated client types it for its operations: `Bodies` maps each operationId to its
 * ErrorBodyMap.
 */
export interface IsApiError<Bodies extends { readonly [operationId: string]: ErrorBodyMap }> {
  <Op extends keyof Bodies & string, S extends ErrorStatus>(
    error: unknown,
    operationId: Op,
    status: S,
  ): error is OperationApiError<Op, S, ErrorBodyOf<Bodies[Op], S>>;
  <Op extends keyof Bodies & string>(
    error: unknown,
    operationId: Op,
  ): error is OperationApiError<Op, number, AnyErrorBodyOf<Bodies[Op]>>;
}

/**
 * Whether `error` is an ApiError of `operationId` (any status from 400 on when `status` is left out),
 * with `status` when given: an exact status, or a range such as `'4XX'`. The body is not checked
 * against any schema: its type is what the spec promises.
 */
export function isApiError(error: unknown, operationId: string, status?: ErrorStatus): error is ApiError {
  if (!(error instanceof ApiError) || error.operationId !== operationId) return false;
  if (status === undefined) return error.status >= 400;
  return typeof status === 'number'
    ? error.status === status
    : Math.floor(error.status / 100) === Number(status.charAt(0));
}

/** The request never got a response (DNS, refused, reset, TLS...). */
export class APIConnectionError extends Error {
  override readonly name: string = 'APIConnectionError';
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly url: string;
  constructor(operationId: string, method: string, url: string, cause?: unknown, message?: string) {
    const code =
      (cause as { code?: unknown })?.code ?? (cause as { cause?: { code?: unknown } })?.cause?.code;
    super(
      message ??
        `${operationId}: ${method} ${url} failed: connection error${
          cause instanceof Error ? ` (${typeof code === 'string' ? code : cause.message})` : ''
        }`,
      { cause },
    );
    Object.assign(this, { operationId, method, url });
  }
}

/** No response within `timeoutMs` (on the last attempt). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = 'APIConnectionTimeoutError';
  declare readonly timeoutMs: number;
  constructor(operationId: string, method: string, url: string, timeoutMs: number) {
    super(
      operationId,
      method,
      url,
      undefined,
      `${operationId}: ${method} ${url} timed out after ${timeoutMs} ms`,
    );
    Object.assign(this, { timeoutMs });
  }
}

/** The caller's AbortSignal fired. */
export class UserAbortError extends Error {
  override readonly name = 'UserAbortError';
  declare readonly operationId: string;
  constructor(operationId: string, reason?: unknown) {
    super(`${operationId}: aborted by the caller`, { cause: reason });
    Object.assign(this, { operationId });
  }
}

/** A path parameter is missing or would change the path's shape (empty, `.`, `..`). */
export class PathParameterError extends Error {
  override readonly name = 'PathParameterError';
  declare readonly operationId: string;
  declare readonly parameter: string;
  constructor(operationId: string, parameter: string, problem: string) {
    super(`${operationId}: path parameter "${parameter}" ${problem}`);
    Object.assign(this, { operationId, parameter });
  }
}

/** The operation requires auth and no configured credential satisfies any of its alternatives. */
export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
  declare readonly operationId: string;
  /** The accepted alternatives, each a list of scheme names that must all be present. */
  declare readonly accepted: readonly (readonly string[])[];
  constructor(
    operationId: string,
    accepted: readonly (readonly string[])[],
    configuredKinds: readonly string[],
  ) {
    super(
      `${operationId} requires credentials for one of: ${accepted.map((schemes) => schemes.join(' + ')).join(' | ')}; configured credential kinds: ${configuredKinds.join(', ') || 'none'}`,
    );
    Object.assign(this, { operationId, accepted });
  }
}

/** Which hook threw. */
export type HookName = 'onRequest' | 'onResponse' | 'onError';

/**
 * A hook (`hooks` of the client or of the call) threw, or asked for a header that cannot be sent. The
 * call fails with this at once: nothing is retried because of it. The hook's own error is the `cause`.
 */
export class HookError extends Error {
  override readonly name = 'HookError';
  declare readonly operationId: string;
  declare readonly hook: HookName;
  /** @param what What the hook did, e.g. `threw` or `(addTrace) threw`. */
  constructor(operationId: string, hook: HookName, cause: unknown, what: string) {
    super(
      `${operationId}: the ${hook} hook ${what}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    Object.assign(this, { operationId, hook });
  }
}
