import type { BodyEncoder } from './body.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** A spec's `security` requirement: alternatives, each naming the schemes that must all be present. */
export type SecurityRequirements = readonly Readonly<Record<string, readonly string[]>>[];

/** One operation as the generator writes it from the spec. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/users/{id}`. */
  readonly path: string;
  readonly pathParams: readonly string[];
  /** Undefined when the spec says nothing (then the spec's global security already applied by the generator). */
  readonly security: SecurityRequirements | undefined;
  /** The request body's media type when it is not JSON (form data, url-encoded). */
  readonly requestContentType?: string;
  /**
   * Encodes the body when JSON (or url-encoding, which `call` does itself) is not the way: `multipartBody`
   * for multipart/form-data. The generator sets it; `call` refuses a multipart operation without it.
   */
  readonly encodeBody?: BodyEncoder;
}

/** What one generated method passes for its operation. */
export interface CallInput {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}
