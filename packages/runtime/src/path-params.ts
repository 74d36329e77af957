import { PathParameterError } from './errors.js';

const PLACEHOLDER = /\{([^{}]+)\}/g;
/** encodeURIComponent throws on these; they are refused with a clear error instead. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Names of the `{placeholders}` in a path template, in order. */
export function pathPlaceholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!);
}

/** Decodes percent-escapes repeatedly so `%2e`, `%252e`... are seen for what a server may make of them. */
function fullyDecoded(value: string): string {
  for (let i = 0; i < 5 && value.includes('%'); i++) {
    let next: string;
    try {
      next = decodeURIComponent(value);
    } catch {
      break;
    }
    if (next === value) break;
    value = next;
  }
  return value;
}

const SENDABLE_TYPES = ['string', 'number', 'boolean', 'bigint'];

/** The string a path parameter is sent as, or a PathParameterError naming the operation and parameter. */
export function pathParamText(operationId: string, name: string, value: unknown): string {
  const text = SENDABLE_TYPES.includes(typeof value) ? String(value) : undefined;
  const problem =
    value === undefined || value === null
      ? 'is required but missing'
      : text === undefined
        ? `must be a string or number, got ${typeof value}`
        : text === ''
          ? 'must not be empty'
          : LONE_SURROGATE.test(text)
            ? 'must be well-formed Unicode (it has a lone surrogate)'
            : /^\.\.?$/.test(fullyDecoded(text))
              ? 'must not be "." or ".." (it would change the path)'
              : '';
  if (problem) throw new PathParameterError(operationId, name, problem);
  return text!;
}

/**
 * Percent-encodes one path segment. Beyond encodeURIComponent this also escapes the characters it
 * leaves alone (`!'()*`) so no value can be mistaken for anything but data.
 */
export function encodePathSegment(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The template with every placeholder filled with its checked, encoded value, in one pass; throws
 * PathParameterError naming the operation and parameter before any request.
 */
export function fillPath(
  operationId: string,
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    encodePathSegment(pathParamText(operationId, name, params?.[name])),
  );
}

/** Checks every placeholder of the template has a safe value; throws before any request otherwise. */
export function checkPathParams(
  operationId: string,
  template: string,
  params: Record<string, unknown> | undefined,
): void {
  fillPath(operationId, template, params);
}

/**
 * A pathSerializer for openapi-fetch: fills each placeholder with its encoded value. It does not throw;
 * invalid values are refused by `checkPathParams` (which knows the operation) before the request is sent.
 */
export function serializePath(url: string, params: Record<string, unknown>): string {
  return url.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || typeof value === 'object') return whole;
    const text = String(value);
    return LONE_SURROGATE.test(text) ? whole : encodePathSegment(text);
  });
}
