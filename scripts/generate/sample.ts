import type { Json, JsonObject } from './spec.js';

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A value that fits a JSON schema of the spec: its `example`/`examples` when it has one, otherwise built
 * from type, enum, format and properties. Used by the contract tests and for the demo's call inputs.
 */
export function sampleOf(schema: Json | undefined, root: JsonObject, depth = 0): Json {
  if (!isObject(schema) || depth > 6) return null;
  if (typeof schema.$ref === 'string') return sampleOf(resolveRef(schema.$ref, root), root, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]!;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum.find((v) => v !== null) ?? null;
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const first = options.find((o) => !(isObject(o) && o.type === 'null'));
      return sampleOf(first, root, depth + 1);
    }
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => sampleOf(s, root, depth + 1));
    return Object.assign({}, ...parts.filter(isObject));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectSample(schema, root, depth);
    case 'array':
      return [sampleOf(schema.items, root, depth + 1)];
    case 'integer':
      return typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : 7;
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1.5;
    case 'boolean':
      return true;
    case 'string':
      return stringSample(schema);
    default:
      return isObject(schema.properties) ? objectSample(schema, root, depth) : null;
  }
}

function objectSample(schema: JsonObject, root: JsonObject, depth: number): JsonObject {
  const properties = isObject(schema.properties) ? schema.properties : {};
  return Object.fromEntries(
    Object.entries(properties).map(([name, s]) => [name, sampleOf(s, root, depth + 1)]),
  );
}

function stringSample(schema: JsonObject): string {
  switch (schema.format) {
    case 'date-time':
      return '2030-01-02T03:04:05Z';
    case 'date':
      return '2030-01-02';
    case 'email':
      return 'ada@example.test';
    case 'uuid':
      return '123e4567-e89b-42d3-a456-426614174000';
    case 'uri':
    case 'url':
      return 'https://example.test/resource';
    default:
      return 'sample';
  }
}

export function resolveRef(ref: string, root: JsonObject): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = root;
  for (const part of ref.slice(2).split('/')) {
    node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node;
}
