/**
 * The README's first example: the vendor's core user flow (the operations `userFlow` in vendors.ts
 * names), each call with inputs that look like a real user's and fit the spec (Prism validates them in
 * the README test). Values come from the schema: its enum, default or format first, then the field's
 * name (an `id` gets a UUID, an `email` an address), so a new vendor needs no values written by hand.
 */
import type { Vendor } from '../vendors.js';
import { paginatorName } from './emit.js';
import type { ApiModel, Operation } from './model.js';
import { resolveRef } from './sample.js';
import type { Json, JsonObject } from './spec.js';

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/** The operations of the vendor's user flow, in order; a name the spec lacks fails with the vendor's id. */
export function flowOperations(vendor: Vendor, model: ApiModel): Operation[] {
  if (!vendor.userFlow) {
    const gets = model.operations.filter((op) => op.method === 'get' && !op.body?.required);
    const hasPath = (op: Operation) => op.parameters.some((p) => p.in === 'path');
    const picked = [gets.find((op) => !hasPath(op)), gets.find(hasPath)].filter((op) => op !== undefined);
    return picked.length ? picked : model.operations.slice(0, 1);
  }
  return vendor.userFlow.map((id) => {
    const op = model.operations.find((o) => o.operationId === id);
    if (!op)
      throw new Error(
        `scripts/vendors.ts: ${vendor.id}'s userFlow names "${id}", which specs/${vendor.id}/openapi.yaml does not have`,
      );
    return op;
  });
}

/** One line saying what an operation does: its summary, else its description's first sentence. */
export function summaryOf(op: Operation): string {
  const text = (op.summary ?? op.description ?? '').replace(/\s+/g, ' ').trim();
  if (op.summary) return text;
  return capitalized(firstSentence(text));
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function firstSentence(text: string): string {
  // A sentence ends at a full stop before a space and a capital (not inside `e.g. x`), or at a code sample.
  const sentence = /^(.+?[.!?])(?=\s+[A-Z*`]|$)/.exec(text)?.[1] ?? text.split(/\s+```/)[0]!;
  return sentence.trim();
}

const UUID = '8c5b2f9e-3d4a-4f1b-9e7c-6a2d1b0f4e35';
const PAGING = /^(page|size|limit|offset|per_?page|page_?size)$/i;
const idLike = (name: string) => /(^id$|_id$|[a-z]Id$)/.test(name);

/** A value for field or parameter `name` with `schema`, as a user would write it. */
export function exampleValue(name: string, schema: Json | undefined, root: JsonObject, depth = 0): Json {
  if (isObject(schema) && typeof schema.$ref === 'string')
    return exampleValue(name, resolveRef(schema.$ref, root), root, depth + 1);
  if (!isObject(schema) || depth > 6) return 'example';
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum.find((v) => v !== null) ?? null;
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      const first = options.find((o) => !(isObject(o) && o.type === 'null'));
      return exampleValue(name, first, root, depth + 1);
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      if (typeof schema.minimum === 'number') return schema.minimum;
      return idLike(name) ? 382004 : 30;
    case 'boolean':
      return false;
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return min > 0 ? [exampleValue(name, schema.items, root, depth + 1)] : [];
    }
    case 'object':
      return exampleObject(schema, root, depth);
    case 'string':
      return exampleString(name, schema);
    default:
      return isObject(schema.properties) ? exampleObject(schema, root, depth) : 'example';
  }
}

function exampleString(name: string, schema: JsonObject): string {
  switch (schema.format) {
    case 'uuid':
      return UUID;
    case 'email':
      return 'ada@example.com';
    case 'date-time':
      return '2026-01-15T09:30:00Z';
    case 'date':
      return '2026-01-15';
    case 'uri':
    case 'url':
      return 'https://example.com/ada.png';
  }
  const words: Array<[RegExp, string]> = [
    [/email|login/i, 'ada@example.com'],
    [/first_?name|given_?name/i, 'Ada'],
    [/last_?name|family_?name|surname/i, 'Lovelace'],
    [/user_?name/i, 'ada.lovelace'],
    [/password|secret/i, 'correct-horse-battery-staple'],
    [/url|picture|logo|avatar/i, 'https://example.com/ada.png'],
    [/name/i, 'Ada Lovelace'],
    [/company|organi[sz]ation/i, 'Analytical Engines Ltd'],
  ];
  if (idLike(name)) return UUID;
  return words.find(([test]) => test.test(name))?.[1] ?? 'example';
}

/**
 * An object of the schema's required fields, then the optional ones a user would set first (those a
 * name gives a value to) up to three fields, so an update example changes something.
 */
function exampleObject(schema: JsonObject, root: JsonObject, depth: number): JsonObject {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const readOnly = (s: Json | undefined) => isObject(s) && s.readOnly === true;
  const required = (Array.isArray(schema.required) ? schema.required.map(String) : []).filter(
    (n) => n in properties,
  );
  const optional = Object.keys(properties)
    .filter((n) => !required.includes(n) && !readOnly(properties[n]) && !idLike(n))
    .filter((n) => exampleString(n, {}) !== 'example' && !/password|secret/i.test(n));
  const names = [...required, ...optional.slice(0, Math.max(0, 3 - required.length))];
  return Object.fromEntries(names.map((n) => [n, exampleValue(n, properties[n], root, depth + 1)]));
}

/** The input of one call: path parameters, required (and paging) query and header ones, the body. */
export function exampleInput(op: Operation, root: JsonObject): JsonObject | undefined {
  const input: JsonObject = {};
  for (const where of ['path', 'query', 'header'] as const) {
    const params = op.parameters.filter(
      (p) => p.in === where && (p.required || (where === 'query' && PAGING.test(p.name))),
    );
    if (params.length)
      input[where] = Object.fromEntries(
        params.map((p) => [
          p.name,
          p.example !== undefined ? p.example : exampleValue(p.name, p.schema, root),
        ]),
      );
  }
  if (op.body) input.body = exampleValue('body', op.body.schema, root);
  return Object.keys(input).length ? input : undefined;
}

const key = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `'${name}'`);

/** A value as TypeScript source, one line when short, else one field per line. */
export function tsLiteral(value: Json, indent = ''): string {
  const flat = oneLine(value);
  if (flat.length + indent.length <= 90 || !value || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  return `{\n${Object.entries(value)
    .map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},`)
    .join('\n')}\n${indent}}`;
}

function oneLine(value: Json): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (isObject(value)) {
    const fields = Object.entries(value).map(([k, v]) => `${key(k)}: ${oneLine(v)}`);
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** `client.getUser({ path: { id: '…' } })`, or in the function form `getUser(client, { … })`. */
export function exampleCall(
  op: Operation,
  root: JsonObject,
  form: 'method' | 'function',
  indent = '',
): string {
  const input = exampleInput(op, root);
  const args = input === undefined ? '' : tsLiteral(input, indent);
  return form === 'method'
    ? `client.${op.operationId}(${args})`
    : `${op.operationId}(client${args ? `, ${args}` : ''})`;
}

/** A variable name for what a step returns: `users`, `user`, `me`, `created`, `updated`. */
function resultName(op: Operation): string {
  if (op.method === 'get') {
    if (op.parameters.some((p) => p.in === 'path')) return 'user';
    const paged = op.parameters.some((p) => p.in === 'query' && PAGING.test(p.name));
    return paged || /list|search/i.test(op.operationId) ? 'users' : 'me';
  }
  if (op.method === 'post') return 'created';
  if (op.method === 'delete') return 'deleted';
  return 'updated';
}

/** The steps of the flow: a comment (the operation's summary) and the awaited call, for the README. */
export function flowSteps(
  vendor: Vendor,
  model: ApiModel,
  root: JsonObject,
  form: 'method' | 'function',
): string {
  const used = new Set<string>();
  return flowOperations(vendor, model)
    .map((op) => {
      let name = resultName(op);
      while (used.has(name)) name = `${name}2`;
      used.add(name);
      const paging = op.parameters
        .filter((p) => p.in === 'query' && PAGING.test(p.name))
        .map((p) => `\`${p.name}\``);
      if (op.pagination) return pagedStep(op, root, form);
      // A list the spec gives no pagination for: one page, as its parameters choose.
      const note = paging.length ? ` (one page, chosen by ${paging.join(' and ')})` : '';
      const call = exampleCall(op, root, form, '');
      const shown = op.success.mediaType
        ? `console.log(${name});`
        : `console.log('${op.operationId}: done');`;
      const assign = op.success.mediaType ? `const ${name} = await ${call};` : `await ${call};`;
      return `// ${summaryOf(op).replace(/\.$/, '')}${note}.\n${assign}\n${shown}`;
    })
    .join('\n\n');
}

/** A paged list step: every item of every page, through the operation's paginator. */
function pagedStep(op: Operation, root: JsonObject, form: 'method' | 'function'): string {
  const input = exampleInput(op, root) ?? {};
  const query: JsonObject = Object.fromEntries(
    Object.entries((input.query as JsonObject | undefined) ?? {}).filter(
      ([name]) => name !== op.pagination!.page,
    ),
  );
  const { query: _, ...others } = input;
  const rest: JsonObject = Object.keys(query).length ? { ...others, query } : others;
  const args = Object.keys(rest).length ? tsLiteral(rest) : '';
  const loop =
    form === 'method'
      ? `client.paginate.${op.operationId}(${args})`
      : `${paginatorName(op)}(client${args ? `, ${args}` : ''})`;
  return `// ${summaryOf(op).replace(/\.$/, '')}: every page, one request per page.
for await (const item of ${loop}) {
  console.log(item);
}`;
}

/** What the functions-form example imports for a step: its function, or a paged list's paginator. */
export function stepImport(op: Operation): string {
  return op.pagination ? paginatorName(op) : op.operationId;
}
