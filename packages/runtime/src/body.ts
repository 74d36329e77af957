import type { HeaderRecord } from './headers.js';

/**
 * Encodes one request body into what is sent, setting the content-type header where the encoding
 * decides it. Named by an operation's `encodeBody`: the generator names one for every operation with a
 * body, so a bundle carries only the encoders of the operations it calls.
 */
export type BodyEncoder = (
  body: unknown,
  headers: HeaderRecord,
  /** For error messages; `call` always passes it. */
  operationId?: string,
) => string | Uint8Array | Promise<string | Uint8Array>;

/**
 * JSON, or url-encoded when the content type says so: what openapi-fetch's default body serialiser
 * sends. Sets `content-type: application/json` unless a content type was given.
 */
export const defaultBody: BodyEncoder = (body, headers) => {
  headers['content-type'] ??= 'application/json';
  return headers['content-type'] === 'application/x-www-form-urlencoded'
    ? new URLSearchParams(body as Record<string, string>).toString()
    : JSON.stringify(body);
};

/**
 * multipart/form-data, as openapi-fetch sends it: a `FormData` as is; a plain object's fields appended
 * one by one (Blobs as files, other objects as JSON, `undefined` and `null` left out); anything else as
 * JSON. The body is buffered so a retry or a 307/308 can send it again.
 */
export const multipartBody: BodyEncoder = async (body, headers) => {
  let form: FormData;
  if (body instanceof FormData) form = body;
  else if (body && typeof body === 'object') {
    form = new FormData();
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      form.append(
        key,
        value instanceof Blob ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
      );
    }
  } else return JSON.stringify(body);
  const encoded = new Response(form);
  headers['content-type'] = encoded.headers.get('content-type') ?? 'multipart/form-data';
  return new Uint8Array(await encoded.arrayBuffer());
};
