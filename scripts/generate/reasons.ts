import { resolveRef } from './sample.js';
import type { Json, JsonObject } from './spec.js';

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Words a field carrying an error's reason is named with, best first: `error_message` and `message`
 * before `error_description`, `detail`, `title`; a bare `error` (often a code) last.
 */
const REASON_WORDS = [
  'message',
  'msg',
  'description',
  'detail',
  'details',
  'reason',
  'title',
  'error',
  'errors',
];
/** A field whose name ends in one of these says which error, not why: `error_code`, `error_id`. */
const NOT_REASON = new Set([
  'id',
  'code',
  'codes',
  'type',
  'status',
  'params',
  'uri',
  'url',
  'link',
  'time',
  'timestamp',
  'trace',
]);

/** `error_message_description`, `errorMessage`, `error-message` -> their lower-case words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How well a field name says "the reason": the rank of its best reason word, or undefined. */
function rank(name: string): number | undefined {
  const parts = words(name);
  if (parts.length === 0 || NOT_REASON.has(parts[parts.length - 1]!)) return undefined;
  const ranks = parts.map((w) => REASON_WORDS.indexOf(w)).filter((r) => r >= 0);
  return ranks.length ? Math.min(...ranks) : undefined;
}

/** The schema a `$ref` and a lone `allOf` stand for, with the properties of every `allOf` part merged. */
function shape(schema: Json | undefined, root: JsonObject, depth = 0): JsonObject | undefined {
  if (!isObject(schema) || depth > 8) return undefined;
  if (typeof schema.$ref === 'string') return shape(resolveRef(schema.$ref, root), root, depth + 1);
  if (!Array.isArray(schema.allOf)) return schema;
  const properties: JsonObject = isObject(schema.properties) ? { ...schema.properties } : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const part of schema.allOf) {
    const resolved = shape(part, root, depth + 1);
    if (isObject(resolved?.properties)) Object.assign(properties, resolved.properties);
    if (Array.isArray(resolved?.required)) for (const r of resolved.required) required.add(r);
  }
  return { ...schema, properties, required: [...required] };
}

const typeOf = (schema: JsonObject) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/**
 * Where an error model carries the server's reason, best first, as the runtime's `ReasonPath`s:
 * its string fields named as a reason is (`error_message`, `detail`, `msg`), then lists and objects so
 * named (`detail: [{ loc, msg }]`, `error: { description }`), which the runtime reads through their
 * own reason fields. Required fields before optional ones of the same rank; a field named for which
 * error it is (`error_code`, `error_id`) is never one. An error model with no such field gives none,
 * and the runtime falls back to the usual keys.
 */
export function reasonPaths(schema: Json | undefined, root: JsonObject): string[][] {
  const found: Array<{ path: string[]; rank: number; required: boolean; order: number }> = [];
  const visit = (node: Json | undefined, prefix: string[], depth: number) => {
    const object = shape(node, root);
    if (!object || !isObject(object.properties) || depth > 2) return;
    const required = Array.isArray(object.required) ? object.required : [];
    for (const [name, property] of Object.entries(object.properties)) {
      const r = rank(name);
      if (r === undefined) continue;
      const field = shape(property, root) ?? {};
      const type = typeOf(field);
      const path = [...prefix, name];
      const entry = { path, rank: r, required: required.includes(name), order: found.length };
      if (type === 'string' || type === 'array') found.push(entry);
      else if (type === 'object' || isObject(field.properties)) {
        // An object so named is read through its own reason fields, where the model lists them.
        const before = found.length;
        visit(field, path, depth + 1);
        if (found.length === before) found.push(entry);
      }
    }
  };
  visit(schema, [], 0);
  // A nested field after a top-level one of the same rank: the top-level one says it more directly.
  return found
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.required) - Number(a.required) ||
        a.path.length - b.path.length ||
        a.order - b.order,
    )
    .map((f) => f.path);
}
