/**
 * `validate.gen.ts`: the spec's response schemas made ready for response validation (the package's
 * `/validate` entry, over `@vendor-clients/runtime/validate`). Only what validates is kept (no
 * descriptions, examples or extensions), component `$ref`s point into `$defs`, write-only fields are not
 * required in a response, and every object that lists its fields is closed, so a field the docs never
 * showed is reported as drift (the generated types stay open: they take such a field as `unknown`).
 */
import { header, isJson, type Target } from './emit.js';
import type { ApiModel } from './model.js';
import type { JsonObject } from './spec.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/** JSON Schema keywords that validate a value; anything else (annotations, `x-`) is left out. */
const KEPT = new Set([
  'type',
  'enum',
  'const',
  'format',
  'required',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'dependentRequired',
]);
/** Keywords whose value is one schema, a list of them, or a map of them. */
const ONE = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', 'dependentSchemas'];

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/** A schema ready to validate responses with (`inAllOf`: it is a member of one, and stays open). */
export function responseSchema(schema: unknown, inAllOf = false): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isNode(schema)) return schema;
  const out: Node = {};
  if (typeof schema.$ref === 'string') {
    const component = COMPONENT_REF.exec(schema.$ref);
    out.$ref = component ? `#/$defs/${component[1]}` : schema.$ref;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (KEPT.has(key)) out[key] = structuredClone(value);
    else if (ONE.includes(key)) out[key] = responseSchema(value);
    else if (LIST.includes(key) && Array.isArray(value)) {
      out[key] = value.map((member) => responseSchema(member, key === 'allOf'));
    } else if (MAP.includes(key) && isNode(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, responseSchema(v)]));
    }
  }
  // A response need not carry what only requests take.
  const properties = isNode(schema.properties) ? schema.properties : undefined;
  if (properties && Array.isArray(out.required)) {
    out.required = (out.required as string[]).filter(
      (name) => !(isNode(properties[name]) && properties[name].writeOnly === true),
    );
    if ((out.required as string[]).length === 0) delete out.required;
  }
  // Closed where fields are listed and the spec says nothing of others. An allOf member is not: its
  // siblings' fields would be unknown to it; the object composing them is closed instead.
  const listsFields =
    properties !== undefined || (Array.isArray(schema.allOf) && schema.allOf.some(listsProperties));
  if (
    listsFields &&
    !inAllOf &&
    schema.additionalProperties === undefined &&
    schema.unevaluatedProperties === undefined
  ) {
    out.unevaluatedProperties = false;
  }
  return out;
}

function listsProperties(member: unknown): boolean {
  return isNode(member) && (isNode(member.properties) || typeof member.$ref === 'string');
}

/** Components that are members of an allOf somewhere: closing them would refuse their siblings' fields. */
function allOfMembers(doc: JsonObject): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isNode(node)) {
      if (Array.isArray(node.allOf)) {
        for (const member of node.allOf) {
          const ref =
            isNode(member) && typeof member.$ref === 'string' ? COMPONENT_REF.exec(member.$ref) : null;
          if (ref) names.add(ref[1]!);
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
  return names;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The `validate.gen.ts` of one spec: its schemas, and `validation()` bound to them. */
export function emitValidation(doc: JsonObject, model: ApiModel, target: Target, vendor: string): string {
  const open = allOfMembers(doc);
  const components = (
    isNode(doc.components) && isNode(doc.components.schemas) ? doc.components.schemas : {}
  ) as Node;
  const defs = Object.fromEntries(
    Object.entries(components).map(([name, schema]) => {
      const ready = responseSchema(schema) as Node;
      if (open.has(name)) delete ready.unevaluatedProperties;
      return [name, ready];
    }),
  );
  const paths = (isNode(doc.paths) ? doc.paths : {}) as Node;
  const operations: Record<string, Record<string, { at: string; schema: unknown }>> = {};
  for (const op of model.operations) {
    const responses = (paths[op.path] as Node | undefined)?.[op.method] as Node | undefined;
    const byStatus: Record<string, { at: string; schema: unknown }> = {};
    for (const [status, response] of Object.entries((responses?.responses ?? {}) as Node)) {
      const content = isNode(response) && isNode(response.content) ? response.content : {};
      const mediaType = Object.keys(content).find(isJson);
      const schema = mediaType ? (content[mediaType] as Node | undefined)?.schema : undefined;
      if (schema === undefined) continue;
      byStatus[status] = {
        at: `#/paths/${escapePointer(op.path)}/${op.method}/responses/${escapePointer(status)}/content/${escapePointer(mediaType!)}/schema`,
        schema: responseSchema(schema),
      };
    }
    if (Object.keys(byStatus).length) operations[op.operationId] = byStatus;
  }
  const schemas = { vendor, defs, operations };
  return `${header(target.source)}import {
  type DefinedValidation,
  defineValidation,
  type ValidationOptions,
  type ValidationSchemas,
} from '@vendor-clients/runtime/validate';

export {
  type DefinedValidation,
  type DriftKind,
  type DriftReport,
  describe as describeDrift,
  ResponseValidationError,
  type Shape,
  type ValidationMode,
  type ValidationOptions,
} from '@vendor-clients/runtime/validate';

/** The ${model.title}'s response schemas, ready to validate with (see scripts/generate/validation.ts). */
export const validationSchemas: ValidationSchemas = ${JSON.stringify(schemas, null, 2)};

/**
 * Response validation for a ${model.title} client or call: \`${target.factory}({ validate: validation({ mode: 'report', onDrift }) })\`.
 * Modes: \`report\` (default here: each difference is reported, the call succeeds), \`strict\` (a differing
 * success response fails with \`ResponseValidationError\`), \`off\`. A call may ask for another mode:
 * \`{ validate: 'strict' }\`.
 */
export function validation(options?: ValidationOptions): DefinedValidation {
  return defineValidation(validationSchemas, options);
}
`;
}
