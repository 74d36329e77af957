import type { Json, JsonObject } from './spec.js';

/**
 * How a request body of a media type is sent, each kind by its own runtime encoder (`BODY_ENCODERS`):
 * JSON (and url-encoded, which `defaultBody` also writes), multipart form data, text as it is, YAML,
 * bytes, or `*\/*` (whatever the body is).
 */
export type BodyKind = 'json' | 'multipart' | 'text' | 'yaml' | 'binary' | 'any';

/** How a success body is read: parsed as JSON (the runtime's default), as text, or as bytes (a Blob). */
export type ResponseKind = 'json' | 'text' | 'binary';

/** The runtime encoder of each kind of body. */
export const BODY_ENCODERS: Record<BodyKind, string> = {
  json: 'defaultBody',
  multipart: 'multipartBody',
  text: 'textBody',
  yaml: 'yamlBody',
  binary: 'binaryBody',
  any: 'anyBody',
};

const base = (mediaType: string) => mediaType.split(';')[0]!.trim().toLowerCase();

/** `application/json`, `application/problem+json`, `text/json`... */
export const isJsonMedia = (mediaType: string) => /[/+]json$/.test(base(mediaType));
const isYamlMedia = (mediaType: string) => /[/+-]yaml$/.test(base(mediaType));
/** Media types whose bodies are text: `text/*`, XML, and the usual textual application types. */
const isTextMedia = (mediaType: string) =>
  /^text\/|[/+]xml$|^application\/(javascript|ecmascript|graphql|sql|x-sh)$/.test(base(mediaType));

/** A string of bytes: `format: binary`, or a `contentMediaType` not carried in an encoding such as base64. */
export function isBytesSchema(schema: JsonObject | undefined): boolean {
  if (!schema) return false;
  const typed = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  return (
    typed &&
    (schema.format === 'binary' || (schema.contentMediaType !== undefined && !schema.contentEncoding))
  );
}

/** A schema of structured data (an object, a list, a composition): JSON under a media type of no kind. */
function isStructured(schema: JsonObject | undefined): boolean {
  if (!schema) return false;
  const types: Json[] = Array.isArray(schema.type) ? schema.type : [schema.type ?? null];
  return (
    types.some((t) => t === 'object' || t === 'array') ||
    schema.properties !== undefined ||
    ['allOf', 'oneOf', 'anyOf', '$ref'].some((key) => key in schema)
  );
}

export function requestKind(mediaType: string, schema: JsonObject | undefined): BodyKind {
  const type = base(mediaType);
  if (type === '*/*') return 'any';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'json';
  if (isBytesSchema(schema)) return 'binary';
  if (isJsonMedia(type)) return 'json';
  if (isYamlMedia(type)) return 'yaml';
  if (isTextMedia(type)) return 'text';
  return isStructured(schema) ? 'json' : 'binary';
}

export function responseKind(mediaType: string, schema: JsonObject | undefined): ResponseKind {
  if (isBytesSchema(schema)) return 'binary';
  const type = base(mediaType);
  if (type === '*/*' || isJsonMedia(type)) return 'json';
  if (isYamlMedia(type) || isTextMedia(type)) return 'text';
  return isStructured(schema) ? 'json' : 'binary';
}

/** The media type of a body or response to use when there are several: the first JSON one, else the first. */
export function preferredMedia(mediaTypes: readonly string[]): string | undefined {
  return mediaTypes.find(isJsonMedia) ?? mediaTypes[0];
}
