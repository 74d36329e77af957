/**
 * The per-operation cases of each vendor package's `src/types.test-d.ts` (from the template): request
 * bodies take every documented field plus one the docs do not show, a documented field of the wrong
 * type is refused, and every success body reads an undocumented field as `unknown` while a documented
 * one keeps its type. Rendered from the spec, so a new operation or field gets its case.
 */
import type { ApiModel, Operation } from './model.js';
import { resolveRef, sampleOf } from './sample.js';
import { isObjectSchema } from './schema.js';
import type { Json, JsonObject } from './spec.js';

/** The field no doc shows; a spec that documents it would make the "undocumented" case a lie. */
export const UNDOCUMENTED = 'notInTheDocs';

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

function deref(schema: Json | undefined, root: JsonObject): JsonObject {
  let node = schema;
  for (let i = 0; i < 20 && isObject(node) && typeof node.$ref === 'string'; i++)
    node = resolveRef(node.$ref, root);
  return isObject(node) ? node : {};
}

/**
 * A value with every documented field (samples from the spec's examples and types), and the
 * undocumented field in every object the spec leaves open.
 */
export function documentedValue(schema: Json | undefined, root: JsonObject, depth = 0): Json {
  const s = deref(schema, root);
  if (depth > 6) return null;
  if (isObjectSchema(s)) {
    const properties = isObject(s.properties) ? s.properties : {};
    if (UNDOCUMENTED in properties)
      throw new Error(`a spec documents "${UNDOCUMENTED}"; rename the test field`);
    const out: JsonObject = {};
    for (const [name, p] of Object.entries(properties)) out[name] = documentedValue(p, root, depth + 1);
    if (isObject(s.additionalProperties))
      out.anyKey = documentedValue(s.additionalProperties, root, depth + 1);
    // A map's values have a type of their own; only an object the spec leaves open takes any field.
    if (s.additionalProperties === undefined || s.additionalProperties === true) out[UNDOCUMENTED] = true;
    return out;
  }
  if (s.type === 'array') return [documentedValue(s.items, root, depth + 1)];
  return sampleOf(s, root);
}

/** A literal of the wrong type for a schema, and the type it should have been; undefined if any type fits. */
function wrongValue(schema: JsonObject): { value: string; type: string } | undefined {
  switch (schema.type) {
    case 'string':
      return { value: '7', type: 'a string' };
    case 'integer':
    case 'number':
      return { value: "'seven'", type: 'a number' };
    case 'boolean':
      return { value: "'yes'", type: 'a boolean' };
    case 'array':
      return { value: "'not a list'", type: 'a list' };
    case 'object':
      return { value: "'not an object'", type: 'an object' };
    default:
      return undefined;
  }
}

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
};

/** The TypeScript type openapi-typescript gives a field, for the simple types a case can name. */
function fieldType(schema: JsonObject, required: boolean, root: JsonObject): string | undefined {
  let type = PRIMITIVES[String(schema.type)];
  if (!type && schema.type === 'array') {
    const item = PRIMITIVES[String(deref(schema.items, root).type)];
    if (item) type = `${item}[]`;
  }
  if (!type || schema.enum || schema.const !== undefined) return undefined;
  return required ? type : `${type} | undefined`;
}

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** `{ path: …, query: … }` with every required parameter (path parameters always are). */
function parameterValues(op: Operation, root: JsonObject): Record<string, JsonObject> {
  const groups: Record<string, JsonObject> = {};
  for (const p of op.parameters) {
    if (!p.required) continue;
    groups[p.in] ??= {};
    groups[p.in]![p.name] = p.example ?? sampleOf(p.schema, root);
  }
  return groups;
}

/**
 * The method's input and the raw client's init, as literals, for an operation and a body literal; the
 * method's is empty when the operation needs no input.
 */
function inputs(op: Operation, root: JsonObject, body?: string): { method: string; raw: string } {
  const groups = Object.entries(parameterValues(op, root)).map(
    ([where, v]) => `${where}: ${JSON.stringify(v)}`,
  );
  const method = body === undefined ? groups : [...groups, `body: ${body}`];
  const raw = groups.length ? [`params: { ${groups.join(', ')} }`] : [];
  if (body !== undefined) raw.push(`body: ${body}`);
  return { method: method.length ? `{ ${method.join(', ')} }` : '', raw: `{ ${raw.join(', ')} }` };
}

const title = (op: Operation) => `${op.operationId} (${op.method.toUpperCase()} ${op.path})`;
const rawCall = (op: Operation, init: string) =>
  `raw.${op.method.toUpperCase()}(${JSON.stringify(op.path)}, ${init})`;

/** One `it` per operation with a JSON request body. */
export function bodyCases(model: ApiModel, root: JsonObject): string {
  return model.operations
    .filter((op) => op.body && /json|\*\/\*/.test(op.body.mediaType))
    .map((op) => {
      const schema = deref(op.body!.schema, root);
      const value = documentedValue(schema, root);
      const full = inputs(op, root, JSON.stringify(value));
      const lines = [`void client.${op.operationId}(${full.method});`, `void ${rawCall(op, full.raw)};`];
      const properties = isObject(schema.properties) ? schema.properties : {};
      const wrong = Object.entries(properties)
        .map(([name, p]) => ({ name, wrong: wrongValue(deref(p, root)) }))
        .find((f) => f.wrong);
      if (wrong) {
        const documented = { ...(value as JsonObject) };
        delete documented[UNDOCUMENTED];
        const badBody = `{ ...body,\n// @ts-expect-error "${wrong.name}" is documented as ${wrong.wrong!.type}\n${key(wrong.name)}: ${wrong.wrong!.value} }`;
        const bad = inputs(op, root, badBody);
        lines.push(
          `const body = ${JSON.stringify(documented)};`,
          `void client.${op.operationId}(${bad.method});`,
          `void ${rawCall(op, bad.raw)};`,
        );
      } else {
        lines.push(`// The docs show no field of this body, so none can have a wrong type.`);
      }
      return `  it(${JSON.stringify(title(op))}, () => {\n${lines.map((l) => `    ${l}`).join('\n')}\n  });`;
    })
    .join('\n\n');
}

/** One `it` per operation whose success response has a JSON body. */
export function responseCases(model: ApiModel, root: JsonObject): string {
  return model.operations
    .filter((op) => op.success.mediaType && /json/.test(op.success.mediaType))
    .flatMap((op) => {
      let schema = deref(op.success.schema, root);
      const isList = schema.type === 'array';
      if (isList) schema = deref(schema.items, root);
      if (!isObjectSchema(schema)) return [];
      const body = op.body ? JSON.stringify(documentedValue(op.body.schema, root)) : undefined;
      const { method, raw } = inputs(op, root, body);
      // The raw client's data is undefined on an error status; a list is read at its first item.
      const access = {
        data: isList ? 'data[0]?.' : 'data.',
        rawData: isList ? 'rawData?.[0]?.' : 'rawData?.',
      };
      const read = (data: keyof typeof access, field: string) => `${access[data]}${field}`;
      const closed = schema.additionalProperties === false;
      const undocumented = (data: 'data' | 'rawData') =>
        closed
          ? `// @ts-expect-error the spec closes this model\nvoid ${read(data, UNDOCUMENTED)};`
          : `expectTypeOf(${read(data, UNDOCUMENTED)}).toBeUnknown();`;
      const lines = [
        `const data = await client.${op.operationId}(${method});`,
        undocumented('data'),
        `const { data: rawData } = await ${rawCall(op, raw)};`,
        undocumented('rawData'),
      ];
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      const field = Object.entries(properties)
        .filter(([name]) => key(name) === name)
        .map(([name, p]) => ({ name, type: fieldType(deref(p, root), required.includes(name), root) }))
        .find((f) => f.type);
      if (field) {
        // Reached through `?.` the field may be undefined even when required.
        const viaOptional = isList ? `${field.type!.replace(/ \| undefined$/, '')} | undefined` : field.type!;
        lines.push(
          `expectTypeOf(${read('data', field.name)}).toEqualTypeOf<${viaOptional}>();`,
          `expectTypeOf(${read('rawData', field.name)}).toEqualTypeOf<${field.type!.replace(/ \| undefined$/, '')} | undefined>();`,
        );
      }
      return [
        `  it(${JSON.stringify(title(op))}, async () => {\n${lines.map((l) => `    ${l}`).join('\n')}\n  });`,
      ];
    })
    .join('\n\n');
}
