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

/** Bytes a binary body (or a file field of a multipart body) may be given as. */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView;

const isBinary = (value: unknown): value is BinaryBody =>
  value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value);

/** A media type with a wildcard (`*\/*`, `image/*`) names no type to send: the body's own type is. */
const unnamed = (type: string | undefined) => type === undefined || type.includes('*');

/**
 * JSON, or url-encoded when the content type says so: what openapi-fetch's default body serialiser
 * sends. Sets `content-type: application/json` unless a content type was given.
 */
export const defaultBody: BodyEncoder = (body, headers) => {
  if (unnamed(headers['content-type'])) headers['content-type'] = 'application/json';
  return headers['content-type'] === 'application/x-www-form-urlencoded'
    ? new URLSearchParams(body as Record<string, string>).toString()
    : JSON.stringify(body);
};

/**
 * Text as it is given (`text/plain`, `text/csv`, XML): a string, or a number or boolean written out.
 * Anything else is refused: sending `[object Object]` is never what was meant.
 */
export const textBody: BodyEncoder = (body, headers, operationId) => {
  if (unnamed(headers['content-type'])) headers['content-type'] = 'text/plain;charset=UTF-8';
  if (typeof body === 'string') return body;
  if (typeof body === 'number' || typeof body === 'boolean' || typeof body === 'bigint') return String(body);
  throw new TypeError(
    `${operationId}: a ${headers['content-type']} body must be a string, got ${describe(body)}`,
  );
};

/**
 * YAML: a string is sent as the YAML text it is; anything else is written as YAML by the `yaml` package,
 * loaded on first use, so only programs that send a YAML model load it.
 */
export const yamlBody: BodyEncoder = async (body, headers) => {
  if (unnamed(headers['content-type'])) headers['content-type'] = 'application/yaml';
  if (typeof body === 'string') return body;
  const { stringify } = await import('yaml');
  return stringify(body);
};

/**
 * Bytes (`application/octet-stream`, `image/png`, ...): a Blob, an ArrayBuffer or a typed array, or a
 * string (sent as UTF-8). Under a wildcard media type the Blob's own type is sent, else
 * `application/octet-stream`.
 */
export const binaryBody: BodyEncoder = (body, headers, operationId) => {
  if (unnamed(headers['content-type'])) {
    headers['content-type'] = (body instanceof Blob && body.type) || 'application/octet-stream';
  }
  if (typeof body === 'string') return body;
  if (body instanceof Blob) return body.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError(
    `${operationId}: a ${headers['content-type']} body must be a Blob, an ArrayBuffer, a typed array or a string, got ${describe(body)}`,
  );
};

/**
 * `*\/*`: whatever the body is. Bytes as bytes (with a Blob's type), a string as text, anything else as
 * JSON.
 */
export const anyBody: BodyEncoder = (body, headers, operationId) =>
  isBinary(body)
    ? binaryBody(body, headers, operationId)
    : typeof body === 'string'
      ? textBody(body, headers, operationId)
      : defaultBody(body, headers, operationId);

/**
 * multipart/form-data, as openapi-fetch sends it: a `FormData` as is; a plain object's fields appended
 * one by one (Blobs, ArrayBuffers and typed arrays as files, each item of a list as a part of its own,
 * other objects as JSON, `undefined` and `null` left out); anything else as JSON. The body is buffered
 * so a retry or a 307/308 can send it again; fetch's own encoder writes it, boundary and all.
 */
export const multipartBody: BodyEncoder = async (body, headers) => {
  let form: FormData;
  if (body instanceof FormData) form = body;
  else if (body && typeof body === 'object') {
    form = new FormData();
    for (const [key, value] of Object.entries(body)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === undefined || item === null) continue;
        form.append(
          key,
          item instanceof Blob
            ? item
            : isBinary(item)
              ? new Blob([item as ArrayBuffer])
              : typeof item === 'object'
                ? JSON.stringify(item)
                : String(item),
        );
      }
    }
  } else return JSON.stringify(body);
  const encoded = new Response(form);
  headers['content-type'] = encoded.headers.get('content-type') ?? 'multipart/form-data';
  return new Uint8Array(await encoded.arrayBuffer());
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `${value.constructor?.name ?? 'an object'}` : typeof value;
}
