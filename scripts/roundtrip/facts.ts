/**
 * The facts a round trip compares, read from a reconstructed spec: one flat map from a key that says
 * where (`parameter GET /users/{id} query:limit`) to a small JSON value that says what. Two specs
 * agree on a fact when the values are equal.
 */
import type { OpenApiDocument } from '../reconstruct/build-spec.ts';
import { modelOfRef, type Schema } from '../reconstruct/schema.ts';
import { isShapeless } from './shapeless.ts';

/** The kinds of fact, in the order the round trip's tables list them. */
export const FACT_KINDS = [
  'operation',
  'parameter',
  'body',
  'response',
  'security',
  'scheme',
  'model',
  'field',
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  kind: FactKind;
  key: string;
  value: unknown;
  /** The schema behind the value's `type`, for the rules that rewrite types (normalise.ts). */
  schema?: Schema;
}

/** `<kind> <key>`: a fact's id, as the round trip prints it and known-differences.yaml names it. */
export const factId = (fact: Pick<Fact, 'kind' | 'key'>) => `${fact.kind} ${fact.key}`;

interface Operation {
  operationId?: string;
  summary?: string;
  deprecated?: boolean;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: Array<Record<string, unknown>>;
}

/**
 * How a schema reads in one line: `string(date-time)`, `array<User>`, `map<integer>`, `string|null`,
 * `object{id:integer}&map<string>` (fields and typed extra keys), `any`.
 */
export function typeOf(schema: Schema | undefined): string {
  if (!schema) return '(none)';
  const ref = modelOfRef(schema);
  if (ref) return ref;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return 'any';
  return types
    .map((t) => {
      if (t === 'array') return `array<${schema.items ? typeOf(schema.items) : 'any'}>`;
      if (t === 'object') {
        const names = Object.keys(schema.properties ?? {}).sort();
        const fields = names.length
          ? `object{${names.map((k) => `${k}:${typeOf(schema.properties![k])}`).join(',')}}`
          : undefined;
        const values = schema.additionalProperties;
        const map =
          typeof values === 'object' && Object.keys(values).length > 0 ? `map<${typeOf(values)}>` : undefined;
        return [fields, map].filter(Boolean).join('&') || 'object';
      }
      return schema.format ? `${t}(${schema.format})` : t;
    })
    .join('|');
}

/** What `described` reads from a schema: a rule that rewrites the schema rewrites all of these. */
export const DESCRIBED = ['type', 'nullable', 'readOnly', 'default', 'enum'] as const;

const valuesOf = (s: Schema | undefined) =>
  typeof s?.additionalProperties === 'object' ? s.additionalProperties : undefined;

/**
 * Type (format, array items, map values and nested models included), nullable, read-only, default and
 * enum of a parameter, field or model; the enum of an array's items or a map's values where they have
 * one.
 */
export function described(schema: Schema | undefined): Record<string, unknown> {
  const types = Array.isArray(schema?.type) ? schema.type.filter((t) => t !== 'null') : [];
  const nullable = types.length > 0 && types.length < (schema?.type?.length ?? 0);
  const own = schema && nullable ? { ...schema, type: types.length === 1 ? types[0] : types } : schema;
  const values = schema?.enum ?? schema?.items?.enum ?? valuesOf(schema)?.enum;
  return {
    type: typeOf(own),
    ...(nullable ? { nullable: true } : {}),
    ...(schema?.readOnly ? { readOnly: true } : {}),
    ...(schema?.default !== undefined ? { default: schema.default } : {}),
    ...(values ? { enum: values } : {}),
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function factsOf(spec: OpenApiDocument): Fact[] {
  const facts: Fact[] = [];
  const add = (kind: FactKind, key: string, value: unknown, schema?: Schema) =>
    facts.push({ kind, key, value, ...(schema ? { schema } : {}) });
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const at = `${method.toUpperCase()} ${path}`;
      add('operation', at, {
        operationId: op.operationId,
        ...(op.summary ? { summary: op.summary } : {}),
        ...(op.deprecated ? { deprecated: true } : {}),
      });
      for (const p of op.parameters ?? []) {
        add(
          'parameter',
          `${at} ${p.in}:${p.name}`,
          {
            required: p.required ?? false,
            ...described(p.schema),
          },
          p.schema,
        );
      }
      if (op.requestBody) {
        const [contentType, media] = Object.entries(op.requestBody.content)[0] ?? [];
        add(
          'body',
          at,
          {
            contentType,
            required: op.requestBody.required ?? false,
            type: typeOf(media?.schema),
          },
          media?.schema,
        );
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
        add(
          'response',
          `${at} ${status}`,
          contentType ? { contentType, type: typeOf(media?.schema) } : 'no body',
          media?.schema,
        );
      }
      const alternatives = (op.security ?? []).map((alt) => Object.keys(alt).sort().join(' + ')).sort();
      add('security', at, alternatives);
    }
  }
  const components = spec.components as
    | { schemas?: Record<string, Schema>; securitySchemes?: Record<string, unknown> }
    | undefined;
  for (const [name, scheme] of Object.entries(components?.securitySchemes ?? {})) {
    const { description: _description, flows: _flows, ...what } = scheme as Record<string, unknown>;
    add('scheme', name, what);
  }
  for (const [name, schema] of Object.entries(components?.schemas ?? {})) {
    const { properties: _properties, required: _required, description: _text, ...kind } = schema;
    add(
      'model',
      name,
      {
        ...(isShapeless(schema) ? { shape: 'none' } : {}),
        ...described(kind),
        ...(schema.additionalProperties === false ? { closed: true } : {}),
      },
      kind,
    );
    for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
      add(
        'field',
        `${name}.${field}`,
        { required: schema.required?.includes(field) ?? false, ...described(fieldSchema) },
        fieldSchema,
      );
    }
  }
  return facts;
}
