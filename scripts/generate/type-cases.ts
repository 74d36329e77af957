/**
 * The per-operation cases of each vendor package's `src/types.test-d.ts` (from the template), rendered
 * from the spec so a new operation or field gets its case:
 *
 * - request bodies: every documented field that may be sent (read-only ones left out) plus one the docs
 *   do not show where the model is open, through the method, the function and `/raw`; the required
 *   fields alone; each required field left out, a read-only field sent, a wrong enum value, a
 *   documented field of the wrong type and, for a closed model, an undocumented field are refused;
 * - success bodies: the three forms give one type, and every documented field of it, nested objects,
 *   list items and map values included, has its exact type (`fieldChecks`);
 * - error bodies: `isApiError` narrows to the status's class and the body declared for it, whose fields
 *   are checked the same way.
 *
 * Bounds, for tsc time on large specs: a model (`$ref`) is checked field by field once per file and read
 * or write side; every later place it appears is one identity check against that first place. Inline
 * objects are followed to MAX_DEPTH levels below a body; unions of objects (oneOf/anyOf) are checked as
 * a whole, not field by field.
 */
import { isJson, pascal } from './emit.js';
import type { ApiModel, Operation } from './model.js';
import { resolveRef, sampleOf } from './sample.js';
import { isObjectSchema } from './schema.js';
import type { Json, JsonObject } from './spec.js';

/** The field no doc shows; a spec that documents it would make the "undocumented" case a lie. */
export const UNDOCUMENTED = 'notInTheDocs';

/** How far below a body inline objects are followed (models are followed once each, at any depth). */
export const MAX_DEPTH = 4;

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

function deref(schema: Json | undefined, root: JsonObject): JsonObject {
  let node = schema;
  for (let i = 0; i < 20 && isObject(node) && typeof node.$ref === 'string'; i++)
    node = resolveRef(node.$ref, root);
  return isObject(node) ? node : {};
}

/** The fields of an object schema, its allOf parts merged (through $refs), and whether it takes others. */
interface Shape {
  readonly properties: Record<string, JsonObject>;
  readonly required: ReadonlySet<string>;
  /** Takes fields the docs do not show: it, or one of its allOf parts, is open. */
  readonly open: boolean;
  /** A map's value schema (`additionalProperties: {…}`). */
  readonly values: JsonObject | undefined;
}

/** The shape of an object schema, or undefined when the schema is not one. */
export function shapeOf(schema: Json | undefined, root: JsonObject): Shape | undefined {
  const s = deref(schema, root);
  const parts = Array.isArray(s.allOf) ? s.allOf.map((p) => shapeOf(p, root)) : [];
  if (!isObjectSchema(s) && !parts.some((p) => p)) return undefined;
  const own = isObject(s.properties) ? s.properties : {};
  const properties: Record<string, JsonObject> = {};
  const required = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    Object.assign(properties, part.properties);
    for (const r of part.required) required.add(r);
  }
  for (const [name, p] of Object.entries(own)) properties[name] = isObject(p) ? p : {};
  if (Array.isArray(s.required)) for (const r of s.required) required.add(String(r));
  if (UNDOCUMENTED in properties)
    throw new Error(`a spec documents "${UNDOCUMENTED}"; rename the test field`);
  // As openObjects writes it: an object is open unless it says otherwise; an intersection takes a field
  // any of its parts takes.
  const selfOpen =
    isObjectSchema(s) && (s.additionalProperties === undefined || s.additionalProperties === true);
  return {
    properties,
    required,
    open: selfOpen || parts.some((p) => p?.open),
    values: isObject(s.additionalProperties) ? s.additionalProperties : undefined,
  };
}

const readOnly = (p: JsonObject, root: JsonObject) => deref(p, root).readOnly === true || p.readOnly === true;
const writeOnly = (p: JsonObject, root: JsonObject) =>
  deref(p, root).writeOnly === true || p.writeOnly === true;

/**
 * A value with every documented field that may be sent (samples from the spec's examples and types; no
 * read-only field), and the undocumented field in every object the spec leaves open. With `requiredOnly`,
 * the required fields alone.
 */
export function documentedValue(
  schema: Json | undefined,
  root: JsonObject,
  depth = 0,
  requiredOnly = false,
): Json {
  if (depth > 6) return null;
  const shape = shapeOf(schema, root);
  if (shape) {
    const out: JsonObject = {};
    for (const [name, p] of Object.entries(shape.properties)) {
      if (readOnly(p, root) || (requiredOnly && !shape.required.has(name))) continue;
      out[name] = documentedValue(p, root, depth + 1, requiredOnly);
    }
    if (requiredOnly) return out;
    if (shape.values) out.anyKey = documentedValue(shape.values, root, depth + 1);
    // A map's values have a type of their own; only an object the spec leaves open takes any field.
    if (shape.open) out[UNDOCUMENTED] = true;
    return out;
  }
  const s = deref(schema, root);
  if (s.type === 'array') return [documentedValue(s.items, root, depth + 1, requiredOnly)];
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

/** A value outside an enum, of the enum's own type when it can be, so only the enum refuses it. */
function notInEnum(values: readonly Json[]): string {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length ? String(Math.max(...numbers) + 1) : "'NOT_A_VALUE'";
}

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const literal = (v: Json) => (v === null ? 'null' : JSON.stringify(v));
const union = (types: readonly string[]) => [...new Set(types)].join(' | ');
const inArray = (type: string) => (/[|&]/.test(type) ? `(${type})[]` : `${type}[]`);

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};

/** The checks of one file: what has been checked where, so each model is checked field by field once. */
export class FieldChecks {
  /** `$ref` -> the type expression where its fields were checked. */
  private readonly checked = new Map<string, string>();
  /** Each model's `$ref` by its node: the generator's model hands over bodies with the top $ref resolved. */
  private readonly refs = new Map<Json, string>();

  constructor(private readonly root: JsonObject) {
    const components = isObject(root.components) ? root.components : {};
    const schemas = isObject(components.schemas) ? components.schemas : {};
    for (const [name, s] of Object.entries(schemas))
      this.refs.set(s, `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }

  /**
   * `expectTypeOf` lines for the type `expr` (a type expression in the test file) of `schema`, as read
   * from a response: its exact type, then each documented field's, nested objects, list items and map
   * values included.
   */
  lines(schema: Json | undefined, expr: string): string[] {
    const out: string[] = [];
    const text = this.typeOf(schema, expr, 0, out);
    if (text !== expr) out.unshift(`expectTypeOf<${expr}>().toEqualTypeOf<${text}>();`);
    return out;
  }

  /**
   * The exact type openapi-typescript gives `schema`, as text. Objects, and unions of them, are named by
   * `expr` (so the text is exact by construction) and their fields checked by lines of their own.
   */
  private typeOf(
    schema: Json | undefined,
    expr: string,
    depth: number,
    out: string[],
    optional = false,
  ): string {
    const s = deref(schema, this.root);
    const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : this.refs.get(s);
    const types = Array.isArray(s.type) ? s.type.map(String) : typeof s.type === 'string' ? [s.type] : [];
    const options = [s.oneOf, s.anyOf].find(Array.isArray);
    const nullOption = options?.some((o) => deref(o, this.root).type === 'null') ?? false;
    const nullable = types.includes('null') || nullOption || (Array.isArray(s.enum) && s.enum.includes(null));
    const orNull = (t: string) => (nullable && t !== 'null' && t !== 'unknown' ? `${t} | null` : t);
    if (Array.isArray(s.enum)) return union([...s.enum.map(literal), ...(nullable ? ['null'] : [])]);
    if (s.const !== undefined) return literal(s.const);
    // The type itself, without the `null` it may take and the `undefined` of an optional field.
    const inner = nullable || optional ? `NonNullable<${expr}>` : expr;
    if (shapeOf(s, this.root)) {
      this.object(s, ref, inner, depth, out);
      return orNull(inner);
    }
    if (options) {
      const rest = options.filter((o) => deref(o, this.root).type !== 'null');
      const texts = rest.map((o) => this.typeOf(o, inner, MAX_DEPTH + 1, []));
      return orNull(texts.some((t) => t === inner) ? inner : union(texts));
    }
    const plain = types.filter((t) => t !== 'null');
    if (plain.length === 1 && plain[0] === 'array')
      return orNull(inArray(this.typeOf(s.items, `${inner}[number]`, depth + 1, out)));
    const known = plain.map((t) => PRIMITIVES[t]);
    if (plain.length === 0 || known.includes(undefined)) return 'unknown';
    return orNull(union(known as string[]));
  }

  private object(s: JsonObject, ref: string | undefined, expr: string, depth: number, out: string[]): void {
    const first = ref && this.checked.get(ref);
    if (first) {
      out.push(`expectTypeOf<${expr}>().toEqualTypeOf<${first}>();`);
      return;
    }
    if (depth > MAX_DEPTH) return;
    if (ref) this.checked.set(ref, expr);
    const shape = shapeOf(s, this.root)!;
    const fields = Object.entries(shape.properties).filter(([, p]) => !writeOnly(p, this.root));
    if (fields.length) {
      const nested: string[] = [];
      const members = fields.map(([name, p]) => {
        const optional = !shape.required.has(name);
        const type = this.typeOf(p, `${expr}[${JSON.stringify(name)}]`, depth + 1, nested, optional);
        return `${key(name)}${optional ? '?' : ''}: ${type}`;
      });
      const picked = fields.map(([name]) => JSON.stringify(name)).join(' | ');
      out.push(
        `expectTypeOf<Pick<${expr}, ${picked}>>().toEqualTypeOf<{ ${members.join('; ')} }>();`,
        ...nested,
      );
    }
    if (shape.values) {
      const valueExpr = `${expr}[string]`;
      const nested: string[] = [];
      const type = this.typeOf(shape.values, valueExpr, depth + 1, nested);
      if (type !== valueExpr) out.push(`expectTypeOf<${valueExpr}>().toEqualTypeOf<${type}>();`);
      out.push(...nested);
    } else if (!fields.length && shape.open) {
      out.push(`expectTypeOf<${expr}>().toEqualTypeOf<{ [key: string]: unknown }>();`);
    } else if (shape.open) {
      out.push(`expectTypeOf<${expr}[${JSON.stringify(UNDOCUMENTED)}]>().toBeUnknown();`);
    } else {
      out.push(`expectTypeOf<${expr}>().not.toHaveProperty(${JSON.stringify(UNDOCUMENTED)});`);
    }
  }
}

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
 * The method's (and function's) input and the raw client's init, as literals, for an operation and a
 * body expression; the method's is empty when the operation needs no input. `bodyNote` is an
 * `@ts-expect-error` put on the body, where tsc reports a body that lacks a field.
 */
function inputs(
  op: Operation,
  root: JsonObject,
  body?: string,
  bodyNote?: string,
): { method: string; raw: string } {
  const groups = Object.entries(parameterValues(op, root)).map(
    ([where, v]) => `${where}: ${JSON.stringify(v)}`,
  );
  const bodyField =
    body === undefined ? [] : [`${bodyNote ? `\n// @ts-expect-error ${bodyNote}\n` : ''}body: ${body}`];
  const method = [...groups, ...bodyField];
  const raw = [...(groups.length ? [`params: { ${groups.join(', ')} }`] : []), ...bodyField];
  return { method: method.length ? `{ ${method.join(', ')} }` : '', raw: `{ ${raw.join(', ')} }` };
}

const title = (op: Operation) => `${op.operationId} (${op.method.toUpperCase()} ${op.path})`;
const rawCall = (op: Operation, init: string) =>
  `raw.${op.method.toUpperCase()}(${JSON.stringify(op.path)}, ${init})`;
/** The same call through the method, the function on `connection`, and `/raw`. */
const calls = (op: Operation, input: { method: string; raw: string }) => [
  `void client.${op.operationId}(${input.method});`,
  `void api.${op.operationId}(connection${input.method ? `, ${input.method}` : ''});`,
  `void ${rawCall(op, input.raw)};`,
];
const it_ = (op: Operation, lines: string[], async = false) =>
  `  it(${JSON.stringify(title(op))}, ${async ? 'async ' : ''}() => {\n${lines.map((l) => `    ${l}`).join('\n')}\n  });`;

/** One `it` per operation with a JSON request body. */
export function bodyCases(model: ApiModel, root: JsonObject): string {
  return model.operations
    .filter((op) => op.body && isJson(op.body.mediaType))
    .map((op) => {
      const bodyType = `NonNullable<api.${pascal(op.operationId)}Input['body']>`;
      const lines = [
        `const body: ${bodyType} = ${JSON.stringify(documentedValue(op.body!.schema, root))};`,
        ...calls(op, inputs(op, root, 'body')),
      ];
      const shape = shapeOf(op.body!.schema, root);
      if (!shape || !Object.keys(shape.properties).length) {
        lines.push('// The docs show no field of this body, so none can be left out or have a wrong type.');
        return it_(op, lines);
      }
      const fields = Object.entries(shape.properties).map(([name, p]) => ({ name, p, s: deref(p, root) }));
      // Optional and read-only fields may be left out.
      lines.push(
        `const minimal: ${bodyType} = ${JSON.stringify(documentedValue(op.body!.schema, root, 0, true))};`,
      );
      const send = (field: string, note: string, value: string) =>
        `void client.${op.operationId}(${inputs(op, root, `{ ...minimal,\n// @ts-expect-error ${note}\n${key(field)}: ${value} }`).method});`;
      fields
        .filter((f) => shape.required.has(f.name) && !readOnly(f.p, root))
        .forEach((f, i) => {
          const left = inputs(op, root, `without${i}`, `"${f.name}" is required`);
          lines.push(`const { ${key(f.name)}: _${i}, ...without${i} } = minimal;`);
          // Every form for the first, the method for the rest: the forms share one body type.
          lines.push(...(i === 0 ? calls(op, left) : calls(op, left).slice(0, 1)));
        });
      const readOnlyField = fields.find((f) => readOnly(f.p, root));
      if (readOnlyField)
        lines.push(
          send(
            readOnlyField.name,
            `"${readOnlyField.name}" is read-only`,
            JSON.stringify(sampleOf(readOnlyField.p, root)),
          ),
        );
      for (const f of fields.filter((f) => Array.isArray(f.s.enum) && !readOnly(f.p, root)))
        lines.push(
          send(
            f.name,
            `"${f.name}" is one of ${(f.s.enum as Json[]).map(literal).join(', ')}`,
            notInEnum(f.s.enum as Json[]),
          ),
        );
      const wrong = fields.find((f) => !readOnly(f.p, root) && !f.s.enum && wrongValue(f.s));
      if (wrong) {
        const w = wrongValue(wrong.s)!;
        lines.push(send(wrong.name, `"${wrong.name}" is documented as ${w.type}`, w.value));
      }
      if (!shape.open) lines.push(send(UNDOCUMENTED, 'the spec closes this model', 'true'));
      return it_(op, lines);
    })
    .join('\n\n');
}

/** One `it` per operation whose success response has a JSON body. */
export function responseCases(model: ApiModel, root: JsonObject, checks = new FieldChecks(root)): string {
  return model.operations
    .filter((op) => isJson(op.success.mediaType))
    .map((op) => {
      const body = op.body ? JSON.stringify(documentedValue(op.body.schema, root)) : undefined;
      const { method, raw } = inputs(op, root, body);
      const result = `api.${pascal(op.operationId)}Result`;
      const lines = [
        `expectTypeOf(client.${op.operationId}(${method})).resolves.toEqualTypeOf<${result}>();`,
        `expectTypeOf(api.${op.operationId}(connection${method ? `, ${method}` : ''})).resolves.toEqualTypeOf<${result}>();`,
        // The raw client's data is undefined on an error status.
        `const { data: rawData } = await ${rawCall(op, raw)};`,
        `expectTypeOf(rawData).toEqualTypeOf<${result} | undefined>();`,
        ...checks.lines(op.success.schema, result),
      ];
      return it_(op, lines, true);
    })
    .join('\n\n');
}

/** A 4xx/5xx status the operation declares nothing for, answered by its `default` response. */
function undeclaredStatus(op: Operation): number | undefined {
  const declared = new Set(op.errors.map((e) => e.status));
  return [400, 404, 409, 422, 429, 500, 503].find(
    (s) => !declared.has(String(s)) && !declared.has(`${String(s).charAt(0)}XX`),
  );
}

/** The ApiError subclass the runtime throws for a status (a range names none). */
const CLASSES: Record<string, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  409: 'ConflictError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};
const classOf = (status: string) =>
  CLASSES[status] ?? (status.startsWith('5') ? 'InternalServerError' : 'ApiError');

/** One `it` per operation that declares an error status with a JSON body. */
export function errorCases(model: ApiModel, root: JsonObject, checks = new FieldChecks(root)): string {
  const declaring = model.operations.filter((op) => op.errors.some((e) => isJson(e.mediaType)));
  if (!declaring.length) {
    const op = model.operations[0]!;
    return `  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, ${JSON.stringify(op.operationId)}, 404)) expectTypeOf(error.body).toBeUnknown();
  });`;
  }
  return declaring
    .map((op) => {
      const bodies = `api.ErrorBodies[${JSON.stringify(op.operationId)}]`;
      const lines = op.errors.flatMap((e) => {
        const asked =
          e.status === 'default'
            ? undeclaredStatus(op)
            : /^\d+$/.test(e.status)
              ? Number(e.status)
              : e.status;
        if (asked === undefined) return [];
        const body = `${bodies}[${JSON.stringify(e.status)}]`;
        return [
          `if (api.isApiError(error, ${JSON.stringify(op.operationId)}, ${JSON.stringify(asked)})) {`,
          `  expectTypeOf(error).toExtend<api.${classOf(String(asked))}>();`,
          `  expectTypeOf(error.body).toEqualTypeOf<${isJson(e.mediaType) ? body : 'unknown'}>();`,
          '}',
          ...(isJson(e.mediaType) ? checks.lines(e.schema, body) : []),
        ];
      });
      return it_(op, lines);
    })
    .join('\n\n');
}

/** The model a paged operation's items are, when its list names one (`#/components/schemas/<name>`). */
function itemModel(op: Operation, root: JsonObject): string | undefined {
  let node: JsonObject | undefined = op.success.schema;
  for (const key of op.pagination!.items) node = deref(deref(node, root).properties?.[key as never], root);
  const ref = isObject(node?.items) ? node.items.$ref : undefined;
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

/**
 * One `it` per paged operation: its items are the documented model, its loop is typed alike as a
 * method and a function, and the page parameter may be left out; then an operation that does not page
 * (`notPaged`) has no paginator in either form.
 */
export function pagingCases(model: ApiModel, root: JsonObject, notPaged: Operation): string {
  const paged = model.operations.some((op) => op.pagination);
  const cases = model.operations
    .filter((op) => op.pagination)
    .map((op) => {
      const name = pascal(op.operationId);
      const page = op.pagination!.page;
      const groups = parameterValues(op, root);
      if (groups.query) delete groups.query[page];
      const entries = Object.entries(groups).filter(([, v]) => Object.keys(v).length > 0);
      const input = entries.length
        ? `{ ${entries.map(([w, v]) => `${w}: ${JSON.stringify(v)}`).join(', ')} }`
        : '';
      const paginator = `api.Paginator<api.${name}Item, api.${name}Result>`;
      const item = itemModel(op, root);
      const lines = [
        ...(item
          ? [
              `expectTypeOf<api.${name}Item>().toEqualTypeOf<api.Readable<api.components['schemas'][${JSON.stringify(item)}]>>();`,
            ]
          : []),
        `expectTypeOf(client.paginate.${op.operationId}(${input})).toEqualTypeOf<${paginator}>();`,
        `expectTypeOf(api.paginate${name}(connection${input ? `, ${input}` : ''})).toEqualTypeOf<${paginator}>();`,
        `expectTypeOf(api.paginate${name}(connection${input ? `, ${input}` : ''}).pages()).toEqualTypeOf<AsyncIterable<api.Page<api.${name}Item, api.${name}Result>>>();`,
        `expectTypeOf<api.${name}Item>().toEqualTypeOf<NonNullable<${op.pagination!.items.reduce((t, k) => `NonNullable<${t}>[${JSON.stringify(k)}]`, `api.${name}Result`)}>[number]>();`,
      ];
      return `  it(${JSON.stringify(`${op.operationId}: every item is ${item ?? 'an element of its list'}, in both forms`)}, () => {\n${lines.map((l) => `    ${l}`).join('\n')}\n  });`;
    });
  const none = [
    `// @ts-expect-error ${paged ? `${notPaged.operationId} does not page` : 'no operation of this API pages'}`,
    paged ? `void client.paginate.${notPaged.operationId};` : 'void client.paginate;',
    `// @ts-expect-error ${notPaged.operationId} does not page`,
    `void api.paginate${pascal(notPaged.operationId)};`,
  ];
  cases.push(
    `  it(${JSON.stringify(`${notPaged.operationId} does not page: no paginator in either form`)}, () => {\n${none.map((l) => `    ${l}`).join('\n')}\n  });`,
  );
  return cases.join('\n\n');
}
