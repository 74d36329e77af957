import type { BodyEncoder } from './body.js';
import type { ReasonPath } from './errors.js';
import type { PaginationSpec } from './paginate.js';
import type { QueryEncoder } from './query.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** A spec's `security` requirement: alternatives, each naming the schemes that must all be present. */
export type SecurityRequirements = readonly Readonly<Record<string, readonly string[]>>[];

/** One operation as the generator writes it from the spec. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/users/{id}`. */
  readonly path: string;
  /** The names of the path's placeholders (informational: the path template is what is filled). */
  readonly pathParams?: readonly string[];
  /** Undefined when the spec says nothing (then the spec's global security already applied by the generator). */
  readonly security: SecurityRequirements | undefined;
  /**
   * The request body's media type when it is not `application/json` (sent as the content-type; a
   * wildcard one such as `*\/*` is left to the encoder, which sends the body's own type).
   */
  readonly requestContentType?: string;
  /**
   * Encodes the body: `defaultBody` (JSON, or url-encoded when the content type says so) or
   * `multipartBody`. The generator sets it for every operation with a body. Without it,
   * `createClientCore` uses `defaultBody` (and refuses a multipart operation), a core made by
   * `createBareClientCore` refuses a body.
   */
  readonly encodeBody?: BodyEncoder;
  /**
   * The other media types the body may be sent as, each with its encoder: a call picks one with
   * `contentType` in its input; without it the body goes as `requestContentType` by `encodeBody`.
   */
  readonly otherBodies?: Readonly<Record<string, BodyEncoder>>;
  /**
   * How a success body is read when it is not JSON: `'text'` as a string, `'blob'` as a `Blob` (binary
   * media types), whatever content-type the response carries. Unset: parsed when it is JSON, else text.
   */
  readonly responseAs?: 'text' | 'blob';
  /**
   * Serialises the query: `defaultQuery`. The generator sets it for every operation with query
   * parameters. Without it, `createClientCore` uses `defaultQuery`, a core made by
   * `createBareClientCore` refuses query parameters.
   */
  readonly encodeQuery?: QueryEncoder;
  /** The query parameters it takes; when given, a call passing another one is refused before sending. */
  readonly queryParams?: readonly string[];
  /** The header parameters it takes; when given, a call passing another one is refused before sending. */
  readonly headerParams?: readonly string[];
  /** How it pages (the spec's `x-pagination`), for `paginate`; only paged operations have one. */
  readonly pagination?: PaginationSpec;
  /**
   * Where the error bodies the spec declares carry the server's reason, by status as the spec writes it
   * (`400`, `4XX`, `default`): read for the ApiError's message before the usual keys.
   */
  readonly errorReasons?: Readonly<Record<string, readonly ReasonPath[]>>;
}

/** What one generated method passes for its operation. */
export interface CallInput {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  /** One of the operation's request media types (its `requestContentType` or an `otherBodies` key). */
  readonly contentType?: string;
}
