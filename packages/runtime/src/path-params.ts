import { PathParameterError } from './errors.js';

const PLACEHOLDER = /\{([^{}]+)\}/g;
/** encodeURIComponent throws on these; they are refused with a clear error instead. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Names of the `{placeholders}` in a path template, in order. */
export function pathPlaceholders(template: string): string[] {
  return [...compiledPath(template).names];
}

/** Decodes percent-escapes repeatedly so `%2e`, `%252e`... are seen for what a server may make of them. */
function fullyDecoded(value: string): string {
  if (!value.includes('%')) return value;
  let current = value;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The string a path parameter is sent as, or a PathParameterError naming the operation and parameter. */
export function pathParamText(operationId: string, name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new PathParameterError(operationId, name, 'is required but missing');
  }
  if (
    typeof value !== 'string' &&
    typeof value !== 'number' &&
    typeof value !== 'boolean' &&
    typeof value !== 'bigint'
  ) {
    throw new PathParameterError(operationId, name, `must be a string or number, got ${typeof value}`);
  }
  const text = String(value);
  if (text === '') throw new PathParameterError(operationId, name, 'must not be empty');
  if (LONE_SURROGATE.test(text)) {
    throw new PathParameterError(operationId, name, 'must be well-formed Unicode (it has a lone surrogate)');
  }
  const decoded = fullyDecoded(text);
  if (decoded === '.' || decoded === '..') {
    throw new PathParameterError(operationId, name, 'must not be "." or ".." (it would change the path)');
  }
  return text;
}

const RESERVED_LEFT = /[!'()*]/;

/**
 * Percent-encodes one path segment. Beyond encodeURIComponent this also escapes the characters it
 * leaves alone (`!'()*`) so no value can be mistaken for anything but data.
 */
export function encodePathSegment(text: string): string {
  const encoded = encodeURIComponent(text);
  if (!RESERVED_LEFT.test(encoded)) return encoded;
  return encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A path template split once: `literals[i]`, then the value of `names[i]`, ..., then the last literal. */
interface CompiledPath {
  readonly literals: readonly string[];
  readonly names: readonly string[];
}

function compilePath(template: string): CompiledPath {
  const literals: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  literals.push(template.slice(last));
  return { literals, names };
}

// Per template string: operations are a fixed set, so this stays as small as the spec.
const compiled = new Map<string, CompiledPath>();

function compiledPath(template: string): CompiledPath {
  let path = compiled.get(template);
  if (path === undefined) {
    if (compiled.size >= 1024) compiled.clear(); // only reached by specs built at run time
    path = compilePath(template);
    compiled.set(template, path);
  }
  return path;
}

/**
 * The template with every placeholder filled with its checked, encoded value: what `checkPathParams`
 * followed by `serializePath` give, in one pass over a template split once. Throws PathParameterError
 * naming the operation and parameter before any request.
 */
export function fillPath(
  operationId: string,
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  const { literals, names } = compiledPath(template);
  let out = literals[0]!;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    out += encodePathSegment(pathParamText(operationId, name, params?.[name])) + literals[i + 1]!;
  }
  return out;
}

/** Checks every placeholder of the template has a safe value; throws before any request otherwise. */
export function checkPathParams(
  operationId: string,
  template: string,
  params: Record<string, unknown> | undefined,
): void {
  for (const name of compiledPath(template).names) {
    pathParamText(operationId, name, params?.[name]);
  }
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
