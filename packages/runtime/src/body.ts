import type { HeaderRecord } from './headers.js';

/**
 * Encodes one request body into what is sent, setting the content-type header where the encoding
 * decides it (a multipart boundary). Named by an operation's `encodeBody`.
 */
export type BodyEncoder = (body: unknown, headers: HeaderRecord) => Promise<string | Uint8Array>;

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
