import type { SentSecrets } from '@vendor-clients/auth';
import type { HeaderReader } from './transport.js';

/** Request headers as a plain object with lower-case names: cheaper to build and copy than `Headers`. */
export type HeaderRecord = Record<string, string>;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;
// A header carries bytes: fetch refuses anything else with a TypeError, and undici would write it mangled.
const NOT_LATIN1 = /[^\0-\xff]/;

/**
 * Merges header layers, later ones winning, with openapi-fetch's rules: `null` removes a header,
 * `undefined` is skipped, an array sends every item (joined with ", "). Names and values are checked
 * here so a bad one is reported with the operation and header name instead of by the transport.
 */
export function mergeHeaderLayers(
  operationId: string,
  ...layers: Array<Readonly<Record<string, unknown>> | undefined>
): HeaderRecord {
  const out: HeaderRecord = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const name in layer) {
      const value = layer[name];
      if (value === undefined) continue;
      const key = name.toLowerCase();
      if (value === null) {
        delete out[key];
        continue;
      }
      if (!TOKEN.test(name))
        throw new TypeError(`${operationId}: header name ${JSON.stringify(name)} is not valid`);
      const text = (Array.isArray(value) ? value.map(String).join(', ') : String(value)).trim();
      if (FORBIDDEN_IN_VALUE.test(text)) {
        throw new TypeError(`${operationId}: header "${name}" must not contain CR, LF or NUL`);
      }
      if (NOT_LATIN1.test(text)) {
        throw new TypeError(`${operationId}: header "${name}" must not contain a character outside Latin-1`);
      }
      out[key] = text;
    }
  }
  return out;
}

/** A `Headers` (from a raw call's Request) as a plain object with lower-case names. */
export function headerRecord(headers: Headers): HeaderRecord {
  const out: HeaderRecord = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/**
 * Response headers as a plain object (for errors, metadata and hooks), minus the ones that may carry
 * session secrets; a value echoing a credential this client sent has it replaced with `[redacted]`.
 */
export function safeHeaders(headers: HeaderReader, secrets: SentSecrets): HeaderRecord {
  const out: HeaderRecord = {};
  headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'authorization' && name !== 'www-authenticate') {
      out[name] = secrets.redact(value);
    }
  });
  return out;
}
