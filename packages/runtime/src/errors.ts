/**
 * Every error the clients throw. Messages name the operation and never carry credentials: URLs are
 * passed through `safeUrl` and texts through the known-secret redaction before they get here.
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
  return REQUEST_ID_HEADERS.map((h) => headers[h]).find((v) => v !== undefined);
}

/** The server answered with a non-success status. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  readonly status: number;
  /** Parsed JSON when the body was JSON, the text otherwise, undefined when empty. */
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  readonly requestId: string | undefined;
  readonly operationId: string;
  readonly method: string;
  /** The request URL without user info or credential query parameters. */
  readonly url: string;

  constructor(details: ApiErrorDetails) {
    super(apiErrorMessage(details));
    this.status = details.status;
    this.body = details.body;
    this.headers = details.headers;
    this.requestId = requestIdOf(details.headers);
    this.operationId = details.operationId;
    this.method = details.method;
    this.url = details.url;
  }
}

function apiErrorMessage(d: ApiErrorDetails): string {
  const detail = bodySummary(d.body);
  return `${d.operationId}: ${d.method} ${d.url} failed with status ${d.status}${detail ? `: ${detail}` : ''}`;
}

function bodySummary(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 200);
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'error_description', 'error', 'detail', 'title']) {
      const value = record[key];
      if (typeof value === 'string') return value.slice(0, 200);
    }
  }
  return '';
}

export class BadRequestError extends ApiError {
  override readonly name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
  override readonly name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApiError {
  override readonly name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override readonly name = 'ConflictError';
}
export class UnprocessableEntityError extends ApiError {
  override readonly name = 'UnprocessableEntityError';
}
export class RateLimitError extends ApiError {
  override readonly name = 'RateLimitError';
}
export class InternalServerError extends ApiError {
  override readonly name = 'InternalServerError';
}

const BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The most specific ApiError subclass for a status. */
export function apiErrorFor(details: ApiErrorDetails): ApiError {
  const ErrorClass = BY_STATUS[details.status] ?? (details.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(details);
}

/** The request never got a response (DNS, refused, reset, TLS...). */
export class APIConnectionError extends Error {
  override readonly name: string = 'APIConnectionError';
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  constructor(operationId: string, method: string, url: string, cause?: unknown, message?: string) {
    super(message ?? `${operationId}: ${method} ${url} failed: connection error${causeText(cause)}`, {
      cause,
    });
    this.operationId = operationId;
    this.method = method;
    this.url = url;
  }
}

/** No response within `timeoutMs` (on the last attempt). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = 'APIConnectionTimeoutError';
  readonly timeoutMs: number;
  constructor(operationId: string, method: string, url: string, timeoutMs: number) {
    super(
      operationId,
      method,
      url,
      undefined,
      `${operationId}: ${method} ${url} timed out after ${timeoutMs} ms`,
    );
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. */
export class UserAbortError extends Error {
  override readonly name = 'UserAbortError';
  readonly operationId: string;
  constructor(operationId: string, reason?: unknown) {
    super(`${operationId}: aborted by the caller`, { cause: reason });
    this.operationId = operationId;
  }
}

/** A path parameter is missing or would change the path's shape (empty, `.`, `..`). */
export class PathParameterError extends Error {
  override readonly name = 'PathParameterError';
  readonly operationId: string;
  readonly parameter: string;
  constructor(operationId: string, parameter: string, problem: string) {
    super(`${operationId}: path parameter "${parameter}" ${problem}`);
    this.operationId = operationId;
    this.parameter = parameter;
  }
}

/** The operation requires auth and no configured credential satisfies any of its alternatives. */
export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
  readonly operationId: string;
  /** The accepted alternatives, each a list of scheme names that must all be present. */
  readonly accepted: readonly (readonly string[])[];
  constructor(
    operationId: string,
    accepted: readonly (readonly string[])[],
    configuredKinds: readonly string[],
  ) {
    const alternatives = accepted.map((schemes) => schemes.join(' + ')).join(' | ');
    const configured = configuredKinds.length ? configuredKinds.join(', ') : 'none';
    super(
      `${operationId} requires credentials for one of: ${alternatives}; configured credential kinds: ${configured}`,
    );
    this.operationId = operationId;
    this.accepted = accepted;
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
  readonly operationId: string;
  readonly hook: HookName;
  /** @param what What the hook did, e.g. `threw` or `(addTrace) threw`. */
  constructor(operationId: string, hook: HookName, cause: unknown, what: string) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${operationId}: the ${hook} hook ${what}: ${reason}`, { cause });
    this.operationId = operationId;
    this.hook = hook;
  }
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? ` (${code})` : ` (${cause.message})`;
  }
  return '';
}
