/**
 * `x-pagination`: one self-contained object per paged operation (the shape of Speakeasy's
 * `x-speakeasy-pagination` and Fern's `x-fern-pagination`), so one overlay action adds, corrects or
 * removes it:
 *
 * ```yaml
 * x-pagination:
 *   style: page                           # pages numbered from `start`, one request per page
 *   page: page                            # the query parameter naming the page
 *   start: 1                              # the first page's number (the parameter's documented default)
 *   size: page_size                       # the query parameter naming the page size, if any
 *   items: $.records                      # where the page's items are in the response body
 *   totalPages: $.pagination.total_pages  # the counts, where the response gives them
 *   totalItems: $.pagination.total_records
 *   pageNumber: $.pagination.page         # the number of the page the response says it is
 * ```
 *
 * The reconstructor infers one from the facts a doc set gives of any operation (a rule over parameter
 * and field names, types and defaults, never a list of operations): a GET with an integer query
 * parameter that names a page and documents its first value, whose success body is a documented model
 * with exactly one list of items. Anything less documented gets no mark; an overlay can add one.
 */

import type { OpenApiDocument } from './build-spec.ts';
import { DocError } from './doc-error.ts';
import { escapePointer, type OverlayOrigins } from './overlay.ts';
import type { Schema } from './schema.ts';

export const PAGINATION = 'x-pagination';

export interface PaginationMark {
  style: 'page';
  page: string;
  start: number;
  size?: string;
  items: string;
  totalPages?: string;
  totalItems?: string;
  pageNumber?: string;
}

/** The keys of a mark that name a response field, and the type the field must have. */
const FIELD_KEYS = {
  items: 'array',
  totalPages: 'integer',
  totalItems: 'integer',
  pageNumber: 'integer',
} as const;
const KEYS = ['style', 'page', 'start', 'size', ...Object.keys(FIELD_KEYS)];

// Names generators and frameworks give these parameters and fields, in snake_case and camelCase.
const PAGE_PARAM = /^(page|page_?(number|num|index))$/i;
const SIZE_PARAM = /^(size|limit|per_?page|page_?(size|limit))$/i;
const TOTAL_PAGES = /^(total_?pages|page_?count|num_?pages|pages)$/i;
const TOTAL_ITEMS = /^(total|total_?(count|records|items|elements|results)|count_?total)$/i;
const PAGE_NUMBER = /^(page|page_?number|current_?page)$/i;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

type Operation = Record<string, unknown> & { parameters?: Parameter[]; responses?: Record<string, unknown> };

function schemas(spec: OpenApiDocument): Record<string, Schema> {
  return ((spec.components as { schemas?: Record<string, Schema> } | undefined)?.schemas ?? {}) as Record<
    string,
    Schema
  >;
}

/** A schema with its `$ref`s followed (undefined when one points at nothing). */
function deref(spec: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s?.$ref; i++) s = schemas(spec)[s.$ref.replace('#/components/schemas/', '')];
  return s;
}

const typeOf = (s: Schema | undefined) =>
  Array.isArray(s?.type) ? s.type.find((t) => t !== 'null') : (s?.type as string | undefined);

/** The JSON body schema of the operation's first 2xx response. */
function successSchema(spec: OpenApiDocument, op: Operation): Schema | undefined {
  const responses = op.responses ?? {};
  const code = Object.keys(responses).find((c) => /^2\d\d$/.test(c));
  const content = (responses[code ?? ''] as { content?: Record<string, { schema?: Schema }> } | undefined)
    ?.content;
  const json = Object.entries(content ?? {}).find(([type]) => /json/.test(type));
  return deref(spec, json?.[1].schema);
}

/** The schema of the field at `$.a.b` in `root`, or undefined when the docs show no such field. */
export function fieldAt(spec: OpenApiDocument, root: Schema | undefined, path: string): Schema | undefined {
  if (!/^\$(\.[^.]+)+$/.test(path)) return undefined;
  let node = root;
  for (const key of path.split('.').slice(1)) node = deref(spec, deref(spec, node)?.properties?.[key]);
  return node;
}

/** The mark the docs prove for an operation, or undefined. */
export function inferPagination(
  spec: OpenApiDocument,
  method: string,
  op: Operation,
): PaginationMark | undefined {
  if (method !== 'get') return undefined;
  const query = (op.parameters ?? []).filter((p) => p.in === 'query' && typeOf(p.schema) === 'integer');
  const page = query.find((p) => PAGE_PARAM.test(p.name));
  const start = page?.schema?.default;
  if (!page || typeof start !== 'number' || !Number.isInteger(start)) return undefined;
  const size = query.find((p) => SIZE_PARAM.test(p.name));
  const body = successSchema(spec, op);
  const fields = Object.entries(body?.properties ?? {});
  const lists = fields.filter(([, s]) => typeOf(deref(spec, s)) === 'array');
  if (lists.length !== 1) return undefined;
  const mark: PaginationMark = {
    style: 'page',
    page: page.name,
    start,
    ...(size ? { size: size.name } : {}),
    items: `$.${lists[0]![0]}`,
  };
  // Counts sit beside the items or one object below them (a `pagination` or `meta` field).
  const counts: Array<[string, Schema]> = fields.flatMap(([name, s]) => {
    const field = deref(spec, s);
    if (typeOf(field) === 'integer') return [[`$.${name}`, field!] as [string, Schema]];
    return Object.entries(field?.properties ?? {})
      .filter(([, inner]) => typeOf(deref(spec, inner)) === 'integer')
      .map(([key, inner]) => [`$.${name}.${key}`, inner] as [string, Schema]);
  });
  const find = (pattern: RegExp) => {
    const found = counts.filter(([path]) => pattern.test(path.split('.').pop()!));
    return found.length === 1 ? found[0]![0] : undefined;
  };
  const totalPages = find(TOTAL_PAGES);
  const totalItems = find(TOTAL_ITEMS);
  const pageNumber = find(PAGE_NUMBER);
  if (totalPages) mark.totalPages = totalPages;
  if (totalItems) mark.totalItems = totalItems;
  if (pageNumber) mark.pageNumber = pageNumber;
  return mark;
}

/** Marks every operation the docs prove paged. */
export function markPagination(spec: OpenApiDocument): void {
  for (const item of Object.values(spec.paths))
    for (const [method, op] of Object.entries(item)) {
      const mark = inferPagination(spec, method, op as Operation);
      if (mark) (op as Operation)[PAGINATION] = mark;
    }
}

/**
 * Checks every mark of the finished spec (inferred or written by the overlay): a parameter it names is
 * a query parameter of the operation, a field it names is in the documented success body with the right
 * type. A problem is reported at the overlay line that wrote the key, else at the spec's operation.
 */
export function checkPagination(spec: OpenApiDocument, specFile: string, origins?: OverlayOrigins): void {
  for (const [path, item] of Object.entries(spec.paths))
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as Operation;
      const mark = op[PAGINATION] as Record<string, unknown> | undefined;
      if (mark === undefined) continue;
      const at = `/paths/${escapePointer(path)}/${method}/${PAGINATION}`;
      const where = `${method.toUpperCase()} ${path} ${PAGINATION}`;
      const fail = (key: string | undefined, reason: string): never => {
        const line = (key === undefined ? undefined : origins?.lineOf(`${at}/${key}`)) ?? origins?.lineOf(at);
        if (origins && line !== undefined) throw new DocError(origins.file, line, `${where}: ${reason}`);
        throw new DocError(specFile, 1, `${where} (inferred from the docs): ${reason}`);
      };
      if (typeof mark !== 'object' || mark === null || Array.isArray(mark))
        fail(undefined, 'must be a mapping');
      for (const key of Object.keys(mark))
        if (!KEYS.includes(key)) fail(key, `unknown key "${key}" (known: ${KEYS.join(', ')})`);
      if (mark.style !== 'page') fail('style', `style must be "page", got ${JSON.stringify(mark.style)}`);
      if (!Number.isInteger(mark.start)) fail('start', "start must be an integer: the first page's number");
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      for (const key of ['page', 'size'] as const) {
        const name = mark[key];
        if (name === undefined && key === 'size') continue;
        const param = query.find((p) => p.name === name);
        if (!param)
          fail(
            key,
            `${key}: the operation has no query parameter ${JSON.stringify(name)} (it has ${query.map((p) => p.name).join(', ') || 'none'})`,
          );
        if (typeOf(param!.schema) !== 'integer')
          fail(key, `${key}: query parameter "${String(name)}" is not an integer`);
      }
      const body = successSchema(spec, op);
      if (!body?.properties) fail('items', 'the success response has no documented JSON object body');
      for (const [key, type] of Object.entries(FIELD_KEYS)) {
        const field = mark[key];
        if (field === undefined && key !== 'items') continue;
        if (typeof field !== 'string' || !/^\$(\.[^.]+)+$/.test(field))
          fail(
            key,
            `${key} must be a field path such as "$.data" or "$.meta.total", got ${JSON.stringify(field)}`,
          );
        const schema = fieldAt(spec, body, field as string);
        if (!schema) fail(key, `${key}: the success response has no field ${field as string}`);
        if (typeOf(schema) !== type) fail(key, `${key}: field ${field as string} is not of type ${type}`);
      }
    }
}
