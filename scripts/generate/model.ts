import type { PaginationSpec } from '@vendor-clients/runtime';
import { type BodyKind, preferredMedia, type ResponseKind, requestKind, responseKind } from './media.js';
import { resolveRef } from './sample.js';
import type { Json, JsonObject, LoadedSpec } from './spec.js';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type Method = (typeof METHODS)[number];

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: JsonObject;
  readonly style: string;
  readonly explode: boolean;
  readonly example: Json | undefined;
}

export interface Operation {
  readonly operationId: string;
  readonly method: Method;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  readonly parameters: readonly Parameter[];
  /** The request body: its default media type (the first JSON one, else the first) and all of them. */
  readonly body:
    | (BodyContent & { readonly required: boolean; readonly contents: readonly BodyContent[] })
    | undefined;
  /** The success response the method resolves with: the first 2xx, else `default`. */
  readonly success: {
    readonly status: string;
    readonly mediaType: string | undefined;
    readonly schema: JsonObject | undefined;
    /** How its body is read, when it has one. */
    readonly kind: ResponseKind | undefined;
  };
  /**
   * Declared error responses, as the spec writes their status (`404`, `4XX`, `default` when it is not the
   * success), with their body's media type and schema when they have one.
   */
  readonly errors: ReadonlyArray<{
    readonly status: string;
    readonly mediaType: string | undefined;
    readonly schema: JsonObject | undefined;
  }>;
  /** Security alternatives (operation-level, else the spec's global). */
  readonly security: ReadonlyArray<Record<string, string[]>>;
  /** How it pages, from its `x-pagination`; undefined for an operation that does not page. */
  readonly pagination: Pagination | undefined;
}

/** One media type of a request body. */
export interface BodyContent {
  readonly mediaType: string;
  readonly schema: JsonObject;
  /** Whether the schema marks fields read-only or write-only (the type then goes through `Writable`). */
  readonly readWrite: boolean;
  readonly kind: BodyKind;
}

/** An operation's `x-pagination`, as the runtime's `paginate` reads it (field paths split into keys). */
export type Pagination = PaginationSpec;

export interface ApiModel {
  readonly title: string;
  readonly defaultBaseUrl: string;
  /**
   * The path servers[0] puts the API under (`/api/v3/onezone`), when it is fixed (no server variable in
   * it); undefined for none.
   */
  readonly basePath: string | undefined;
  readonly securitySchemes: JsonObject;
  readonly operations: readonly Operation[];
}

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads what the generator needs from a spec, failing with file and line on anything it cannot use. */
export function readModel(spec: LoadedSpec): ApiModel {
  const doc = spec.doc;
  const fail: LoadedSpec['fail'] = spec.fail;
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.'))
    fail(['openapi'], 'expected an OpenAPI 3.x spec');
  const info = isObject(doc.info) ? doc.info : fail(['info'], 'info is missing');
  const components = isObject(doc.components) ? doc.components : {};
  const securitySchemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const globalSecurity = readSecurity(spec, ['security'], doc.security) ?? [];
  const paths = isObject(doc.paths) ? doc.paths : fail(['paths'], 'paths is missing');
  const seen = new Map<string, string>();
  const operations: Operation[] = [];

  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) fail(['paths', path], `path item "${path}" must be a mapping`);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const at = ['paths', path, method];
      if (!isObject(op)) fail(at, `${method.toUpperCase()} ${path} must be a mapping`);
      const operationId = op.operationId;
      if (typeof operationId !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(operationId)) {
        fail(
          [...at, 'operationId'],
          `${method.toUpperCase()} ${path} needs an operationId that is a JS identifier`,
        );
      }
      const previous = seen.get(operationId);
      if (previous) fail([...at, 'operationId'], `operationId "${operationId}" is also used by ${previous}`);
      seen.set(operationId, `${method.toUpperCase()} ${path}`);
      const parameters = readParameters(spec, path, method, [
        ...shared,
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ]);
      const responses = readResponses(spec, [...at, 'responses'], op.responses);
      operations.push({
        operationId,
        method,
        path,
        summary: typeof op.summary === 'string' ? op.summary : undefined,
        description: typeof op.description === 'string' ? op.description : undefined,
        deprecated: op.deprecated === true,
        parameters,
        body: readBody(spec, [...at, 'requestBody'], op.requestBody),
        ...responses,
        security: readSecurity(spec, [...at, 'security'], op.security) ?? globalSecurity,
        pagination: readPagination(spec, [...at, PAGINATION], op[PAGINATION], parameters, responses.success),
      });
    }
  }
  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    defaultBaseUrl: readDefaultServer(spec),
    basePath: readBasePath(spec),
    securitySchemes,
    operations,
  };
}

const PAGINATION = 'x-pagination';
const FIELD_TYPES = {
  items: 'array',
  totalPages: 'integer',
  totalItems: 'integer',
  pageNumber: 'integer',
} as const;

/**
 * An operation's `x-pagination` (see scripts/reconstruct/pagination.ts), checked against the operation:
 * its parameters are integer query parameters, its fields are in the success body with their types.
 */
function readPagination(
  spec: LoadedSpec,
  at: (string | number)[],
  value: Json | undefined,
  parameters: readonly Parameter[],
  success: Operation['success'],
): Pagination | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) spec.fail(at, `${PAGINATION} must be a mapping`);
  if (value.style !== 'page') spec.fail([...at, 'style'], `${PAGINATION}: style must be "page"`);
  if (typeof value.start !== 'number' || !Number.isInteger(value.start))
    spec.fail([...at, 'start'], `${PAGINATION}: start must be an integer`);
  const param = (key: 'page' | 'size') => {
    const name = value[key];
    if (name === undefined && key === 'size') return undefined;
    const p = parameters.find((q) => q.in === 'query' && q.name === name);
    if (p?.schema.type !== 'integer')
      spec.fail([...at, key], `${PAGINATION}: ${key} must name an integer query parameter of the operation`);
    return p.name;
  };
  const field = (key: keyof typeof FIELD_TYPES) => {
    const path = value[key];
    if (path === undefined && key !== 'items') return undefined;
    const keys = typeof path === 'string' && /^\$(\.[^.]+)+$/.test(path) ? path.split('.').slice(1) : [];
    let node: JsonObject | undefined = success.schema;
    for (const k of keys) {
      const properties: Json | undefined = node?.properties;
      node = isObject(properties) ? deref(spec, properties[k], [...at, key]) : undefined;
    }
    const type = Array.isArray(node?.type) ? node.type.find((t) => t !== 'null') : node?.type;
    if (keys.length === 0 || type !== FIELD_TYPES[key])
      spec.fail(
        [...at, key],
        `${PAGINATION}: ${key} must name a field of type ${FIELD_TYPES[key]} in the success body`,
      );
    return keys;
  };
  const size = param('size');
  const totalPages = field('totalPages');
  const totalItems = field('totalItems');
  const pageNumber = field('pageNumber');
  return {
    page: param('page')!,
    start: value.start as number,
    ...(size ? { size } : {}),
    items: field('items')!,
    ...(totalPages ? { totalPages } : {}),
    ...(totalItems ? { totalItems } : {}),
    ...(pageNumber ? { pageNumber } : {}),
  };
}

function deref(spec: LoadedSpec, value: Json | undefined, at: (string | number)[]): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  if (!ref.startsWith('#/')) spec.fail(at, `only local $refs are supported, got "${ref}"`);
  let node: Json | undefined = spec.doc;
  for (const part of ref.slice(2).split('/')) {
    node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  if (!isObject(node)) spec.fail(at, `$ref "${ref}" points at nothing`);
  return deref(spec, node, at);
}

function readParameters(spec: LoadedSpec, path: string, method: string, raw: Json[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  raw.forEach((value, index) => {
    const at = ['paths', path, method, 'parameters', index];
    const p = deref(spec, value, at) ?? spec.fail(at, 'parameter must be a mapping');
    const where = p.in;
    if (where === 'cookie')
      spec.fail(at, `cookie parameters are not supported (parameter "${String(p.name)}")`);
    if (where !== 'path' && where !== 'query' && where !== 'header')
      spec.fail(at, `parameter "in" must be path, query or header`);
    if (typeof p.name !== 'string' || p.name === '') spec.fail(at, 'parameter needs a name');
    const style = typeof p.style === 'string' ? p.style : where === 'query' ? 'form' : 'simple';
    byKey.set(`${where}:${p.name}`, {
      name: p.name,
      in: where,
      required: where === 'path' || p.required === true,
      schema: deref(spec, p.schema, [...at, 'schema']) ?? {},
      style,
      explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
      example: p.example,
    });
  });
  const parameters = [...byKey.values()];
  const placeholders = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  for (const name of placeholders) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name)) {
      spec.fail(['paths', path, method], `${method.toUpperCase()} ${path} has no path parameter "${name}"`);
    }
  }
  for (const p of parameters) {
    if (p.in === 'path' && !placeholders.includes(p.name)) {
      spec.fail(
        ['paths', path, method, 'parameters'],
        `path parameter "${p.name}" is not in the path ${path}`,
      );
    }
  }
  return parameters;
}

function readBody(spec: LoadedSpec, at: (string | number)[], value: Json | undefined): Operation['body'] {
  const body = deref(spec, value, at);
  if (!body) return undefined;
  const content = isObject(body.content) ? body.content : spec.fail(at, 'requestBody needs content');
  const preferred = preferredMedia(Object.keys(content)) ?? spec.fail(at, 'requestBody content is empty');
  const contents = Object.entries(content).map(([mediaType, media]): BodyContent => {
    const schema =
      (isObject(media) && deref(spec, media.schema, [...at, 'content', mediaType, 'schema'])) || undefined;
    return {
      mediaType,
      schema: schema ?? {},
      readWrite: hasReadWrite(schema, spec.doc),
      kind: requestKind(mediaType, schema),
    };
  });
  // The default first.
  contents.sort((a, b) => Number(b.mediaType === preferred) - Number(a.mediaType === preferred));
  return { required: body.required === true, ...contents[0]!, contents };
}

function readResponses(
  spec: LoadedSpec,
  at: (string | number)[],
  value: Json | undefined,
): Pick<Operation, 'success' | 'errors'> {
  const responses = isObject(value) ? value : spec.fail(at, 'responses are missing');
  const codes = Object.keys(responses);
  const successCode =
    codes.find((c) => /^2\d\d$/.test(c)) ?? (codes.includes('default') ? 'default' : undefined);
  const describe = (code: string) => {
    const response = deref(spec, responses[code], [...at, code]) ?? {};
    const content = isObject(response.content) ? response.content : {};
    const mediaType = preferredMedia(Object.keys(content));
    const media = mediaType ? content[mediaType] : undefined;
    const schema = isObject(media)
      ? deref(spec, media.schema, [...at, code, 'content', mediaType!, 'schema'])
      : undefined;
    return { mediaType, schema };
  };
  const read = (code: string) => {
    const described = describe(code);
    const kind = described.mediaType ? responseKind(described.mediaType, described.schema) : undefined;
    return { ...described, kind };
  };
  const success = successCode
    ? { status: successCode, ...read(successCode) }
    : { status: '204', mediaType: undefined, schema: undefined, kind: undefined };
  const errors = codes
    .filter((c) => /^[45](\d\d|XX)$/.test(c) || (c === 'default' && c !== successCode))
    .map((status) => ({ status, ...describe(status) }));
  return { success, errors };
}

/**
 * Whether a schema, through its $refs, marks any property readOnly or writeOnly: openapi-typescript then
 * wraps those in `$Read`/`$Write`, which a request body's type unwraps with `Writable`.
 */
export function hasReadWrite(schema: Json | undefined, root: JsonObject, seen = new Set<Json>()): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.readOnly === true || schema.writeOnly === true) return true;
  if (typeof schema.$ref === 'string') return hasReadWrite(resolveRef(schema.$ref, root), root, seen);
  const sub = [schema.items, schema.additionalProperties, schema.not];
  for (const key of ['properties', 'patternProperties'] as const)
    if (isObject(schema[key])) sub.push(...Object.values(schema[key]));
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const)
    if (Array.isArray(schema[key])) sub.push(...schema[key]);
  return sub.some((s) => hasReadWrite(s, root, seen));
}

function readSecurity(
  spec: LoadedSpec,
  at: (string | number)[],
  value: Json | undefined,
): Array<Record<string, string[]>> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) spec.fail(at, 'security must be a list');
  const schemes =
    isObject(spec.doc.components) && isObject(spec.doc.components.securitySchemes)
      ? spec.doc.components.securitySchemes
      : {};
  return value.map((alternative, index) => {
    if (!isObject(alternative)) spec.fail([...at, index], 'each security alternative must be a mapping');
    for (const name of Object.keys(alternative)) {
      if (!(name in schemes))
        spec.fail([...at, index], `security scheme "${name}" is not in components.securitySchemes`);
    }
    return Object.fromEntries(
      Object.entries(alternative).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]),
    );
  });
}

/** The fixed path of servers[0] (read after readDefaultServer has checked it). */
function readBasePath(spec: LoadedSpec): string | undefined {
  const url = ((spec.doc.servers as JsonObject[])[0]!.url as string).replace(/^[a-z]+:\/\/[^/]*/i, '');
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path && !path.includes('{') ? path : undefined;
}

/** servers[0] with its variables filled by their defaults. */
function readDefaultServer(spec: LoadedSpec): string {
  const servers = spec.doc.servers;
  const first =
    Array.isArray(servers) && isObject(servers[0])
      ? servers[0]
      : spec.fail(['servers'], 'servers[0] is missing');
  if (typeof first.url !== 'string') spec.fail(['servers', 0], 'servers[0] needs a url');
  const variables = isObject(first.variables) ? first.variables : {};
  const url = first.url.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const variable = variables[name];
    if (!isObject(variable) || typeof variable.default !== 'string') {
      spec.fail(['servers', 0, 'url'], `server variable "${name}" has no default`);
    }
    return variable.default;
  });
  if (!/^https?:\/\//.test(url))
    spec.fail(['servers', 0, 'url'], `servers[0] must be an absolute http(s) URL, got "${url}"`);
  return url;
}
