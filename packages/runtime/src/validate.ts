/**
 * `@vendor-clients/runtime/validate`: response validation against the spec, and drift reports. A
 * vendor package's `/validate` entry binds `defineValidation` to the schemas generated from its spec;
 * only programs that import it carry this code and Ajv (the JSON Schema validator behind it).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import {
  type CheckedResponse,
  type DefinedValidation,
  VALIDATION,
  type ValidationMode,
  type ValidationRun,
} from './validation-seam.js';

export type { DefinedValidation, ValidationMode } from './validation-seam.js';

// ajv-formats is CommonJS: its function is the default export under Node, and may sit one level
// deeper (`default.default`) where a bundler wraps the module.
type AddFormats = (ajv: Ajv2020) => unknown;
const formats = formatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats =
  typeof formats.default === 'function' ? formats.default : formats.default.default;

type Schema = { readonly [key: string]: unknown };

/** One documented response: where its schema is in the spec, and the schema made ready to validate with. */
export interface ResponseSchema {
  /** JSON pointer of the schema in the spec, e.g. `#/paths/~1users~1{id}/get/responses/200/content/application~1json/schema`. */
  readonly at: string;
  readonly schema: Schema;
}

/**
 * A vendor's response schemas, as scripts/generate writes them (`validate.gen.ts`): the spec's component
 * schemas under `defs` (`$ref`s read `#/$defs/Name`), and each operation's JSON responses by status as
 * the spec writes it (`200`, `4XX`, `default`). Objects that list their properties are closed
 * (`unevaluatedProperties: false`), so a field the spec does not show is reported.
 */
export interface ValidationSchemas {
  readonly vendor: string;
  readonly defs: { readonly [name: string]: Schema };
  readonly operations: { readonly [operationId: string]: { readonly [status: string]: ResponseSchema } };
}

/** What kind of difference a drift report is about. */
export type DriftKind = 'unknown-field' | 'type' | 'required' | 'format' | 'enum' | 'constraint';

/** The JSON Schema of what arrived, from its type alone: never its value. */
export interface Shape {
  readonly type: string | readonly string[];
  /** For a string that reads as one of a few well-known formats (date-time, date, email, uuid, uri). */
  readonly format?: string;
  readonly items?: Shape;
}

/**
 * One difference between a response and the spec. It carries no value of the response: what arrived
 * is described by its type and shape. The one exception is an enum: a value outside the spec's list is
 * given (`value`) only when it reads as an enum member (at most 40 letters, digits, `_`, `-` and `.`,
 * at most three digits, in the letter case of the listed members; a whole number under 1000; a
 * boolean), since it is what a maintainer adds to the spec.
 */
export interface DriftReport {
  readonly vendor: string;
  readonly operation: string;
  readonly status: number;
  /** JSON pointer in the response body; map keys read `*` (they may be data). */
  readonly pointer: string;
  readonly kind: DriftKind;
  /** What the spec says: a type, `present`, `absent`, a format, the listed values. */
  readonly expected: string;
  /** What arrived: a type or shape (`string (date-time)`, `array of integer`, `absent`, `a value not listed`). */
  readonly arrived: string;
  /** JSON pointer of the schema in the spec this difference is about (the object, for a field). */
  readonly schema: string;
  /** The field, for `unknown-field` and `required`. */
  readonly field?: string;
  /** The shape of what arrived, for `unknown-field` and `type`. */
  readonly shape?: Shape;
  /** The value outside the list, for `enum`, when it reads as an enum member (see above). */
  readonly value?: string | number | boolean;
  /** How many places in this body had the same difference (array items): it is reported once. */
  readonly count: number;
}

export interface ValidationOptions {
  /** Default `report`. A call can ask for another (`init.validate`). */
  mode?: ValidationMode;
  /** Called with each report (`report` and `strict` modes); `driftFile(path)` of `/node` appends them to a file. */
  onDrift?: ((report: DriftReport) => void) | readonly ((report: DriftReport) => void)[];
}

/** A success response that differs from the spec, in `strict` mode. */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly differences: readonly DriftReport[],
  ) {
    super(
      `${operationId}: the ${status} response differs from the spec in ${differences.length} place${
        differences.length === 1 ? '' : 's'
      }: ${differences.map(describe).join('; ')}`,
    );
  }
}

const MODES: readonly string[] = ['off', 'report', 'strict'];
const JSON_TYPE = /[/+]json\b/i;

/**
 * Response validation for a client (`validate` option) or a call: each JSON response is checked against
 * its operation's schema for that status, compiled once per operation and status, the first time it is
 * needed. Reports go to `onDrift` and to the client's logger.
 */
export function defineValidation(
  schemas: ValidationSchemas,
  options: ValidationOptions = {},
): DefinedValidation {
  const { mode = 'report', onDrift } = options;
  if (!MODES.includes(mode)) {
    throw new TypeError(
      `defineValidation: mode must be 'off', 'report' or 'strict', got ${JSON.stringify(mode)}`,
    );
  }
  const sinks = onDrift === undefined ? [] : Array.isArray(onDrift) ? [...onDrift] : [onDrift];
  for (const sink of sinks) {
    if (typeof sink !== 'function')
      throw new TypeError('defineValidation: onDrift must be a function or a list of them');
  }
  let ajv: Ajv2020 | undefined;
  const compiled = new Map<string, Compiled | null>();
  // Where each schema object is in the spec, filled as schemas are compiled.
  const locations = new WeakMap<object, string>();

  function compiledFor(operationId: string, status: number): Compiled | null {
    const responses = schemas.operations[operationId];
    if (!responses) return null;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k]);
    if (!key) return null;
    const cacheKey = `${operationId} ${key}`;
    let found = compiled.get(cacheKey);
    if (found === undefined) {
      ajv ??= newAjv();
      const response = responses[key]!;
      const root = { ...response.schema, $defs: schemas.defs };
      locate(root, response.at, locations);
      for (const [name, def] of Object.entries(schemas.defs)) {
        if (!locations.has(def)) locate(def, `#/components/schemas/${escapeKey(name)}`, locations);
      }
      let validate: ValidateFunction;
      try {
        validate = ajv.compile(root);
      } catch (error) {
        throw new TypeError(
          `${schemas.vendor} ${operationId}: the ${key} response schema does not compile: ${(error as Error).message}`,
        );
      }
      found = { validate, root };
      compiled.set(cacheKey, found);
    }
    return found;
  }

  function check(
    effective: ValidationMode,
    { operationId, status, body, type, log, secrets }: CheckedResponse,
  ) {
    if (body === undefined || !JSON_TYPE.test(type ?? '')) return;
    const found = compiledFor(operationId, status);
    if (!found || found.validate(body)) return;
    const reports = toReports(found, found.validate.errors ?? [], body, {
      vendor: schemas.vendor,
      operation: operationId,
      status,
      locations,
    }).map((report) => cleaned(report, (text) => secrets.redact(text)));
    for (const report of reports) {
      log?.(`drift: ${schemas.vendor} ${operationId} ${status} ${describe(report)}`);
      for (const sink of sinks) {
        try {
          sink(report);
        } catch (error) {
          // Reporting never fails a call: the failure is logged, the call goes on.
          log?.(`drift: onDrift threw: ${(error as Error)?.message ?? String(error)}`);
        }
      }
    }
    if (effective === 'strict' && status > 199 && status < 300) {
      throw new ResponseValidationError(operationId, status, reports);
    }
  }
  const runs = Object.fromEntries(
    MODES.map((m) => [
      m,
      m === 'off'
        ? undefined
        : { check: (response: CheckedResponse) => check(m as ValidationMode, response) },
    ]),
  ) as Record<ValidationMode, ValidationRun | undefined>;

  return Object.freeze({
    [VALIDATION]: Object.freeze({
      start(place: string, callMode: unknown): ValidationRun | undefined {
        if (callMode === undefined) return runs[mode];
        if (typeof callMode === 'string' && MODES.includes(callMode)) return runs[callMode as ValidationMode];
        throw new TypeError(
          `${place}: validate must be 'off', 'report', 'strict' or what validation() returned, got ${
            typeof callMode === 'string' ? JSON.stringify(callMode) : typeof callMode
          }`,
        );
      },
    }),
  });
}

interface Compiled {
  readonly validate: ValidateFunction;
  readonly root: Schema;
}

function newAjv(): Ajv2020 {
  // allErrors: every difference of a body at once; verbose: each error names the schema object it is
  // about (its place in the spec). strict: false, since OpenAPI schemas carry keywords of their own.
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    validateSchema: false,
  });
  addFormats(ajv);
  // OpenAPI's own formats: number sizes and binary strings, which JSON Schema validators do not know.
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
    ajv.addFormat(format, true);
  }
  return ajv;
}

/** A one-line description of a report, as the logger and the strict error show it. */
export function describe(report: DriftReport): string {
  const where = report.pointer || '(the body)';
  const times = report.count > 1 ? ` (${report.count} places)` : '';
  const words: Record<DriftKind, string> = {
    'unknown-field': 'field not in the spec',
    type: 'type',
    required: 'required field missing',
    format: 'format',
    enum: 'value not in the enum',
    constraint: 'constraint',
  };
  return `${where}: ${words[report.kind]}: expected ${report.expected}, got ${report.arrived}${times}`;
}

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeKey = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMAS = ['items', 'additionalProperties', 'unevaluatedProperties', 'not', 'contains'];

/** Records where each schema object under `schema` is in the spec (the first place it is met). */
function locate(schema: unknown, at: string, into: WeakMap<object, string>): void {
  if (typeof schema !== 'object' || schema === null || into.has(schema)) return;
  into.set(schema, at);
  const s = schema as Record<string, unknown>;
  const properties = s.properties as Record<string, unknown> | undefined;
  if (properties)
    for (const [name, sub] of Object.entries(properties))
      locate(sub, `${at}/properties/${escapeKey(name)}`, into);
  for (const key of SUBSCHEMAS) locate(s[key], `${at}/${key}`, into);
  for (const key of SUBSCHEMA_LISTS) {
    const list = s[key];
    if (Array.isArray(list)) {
      for (const [i, sub] of list.entries()) locate(sub, `${at}/${key}/${i}`, into);
    }
  }
}

interface ReportContext {
  vendor: string;
  operation: string;
  status: number;
  locations: WeakMap<object, string>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Ajv's errors as drift reports, one per difference and place pattern (array items counted, not repeated). */
function toReports(
  found: Compiled,
  errors: readonly ErrorObject[],
  body: unknown,
  ctx: ReportContext,
): DriftReport[] {
  // A failing anyOf/oneOf stands for its branches: their own errors (before it, at or under its place) go.
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      for (let i = kept.length - 1; i >= 0; i--) {
        const earlier = kept[i]!;
        if (
          earlier.parentSchema !== error.parentSchema &&
          isUnder(earlier.instancePath, error.instancePath)
        ) {
          kept.splice(i, 1);
        }
      }
    }
    kept.push(error);
  }
  const byKey = new Map<string, Mutable<DriftReport>>();
  for (const error of kept) {
    const report = toReport(found, error, body, ctx);
    if (!report) continue;
    const key = `${report.kind} ${report.pointer.replace(/\/\d+(?=\/|$)/g, '/*')} ${report.value ?? ''}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (seen.shape && report.shape) seen.shape = mergeShapes(seen.shape, report.shape);
    } else byKey.set(key, report);
  }
  return [...byKey.values()];
}

function isUnder(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function toReport(
  found: Compiled,
  error: ErrorObject,
  body: unknown,
  ctx: ReportContext,
): Mutable<DriftReport> | undefined {
  const params = error.params as Record<string, unknown>;
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapeKey);
  const value = valueAt(body, segments);
  const base = {
    vendor: ctx.vendor,
    operation: ctx.operation,
    status: ctx.status,
    schema: ctx.locations.get(error.parentSchema as object) ?? '#',
    count: 1,
  };
  // A field the report is about is named as it is (the object is closed: it is no map key).
  const pointerOf = (field?: string) =>
    safePointer(found.root, segments) + (field === undefined ? '' : `/${escapeKey(field)}`);
  switch (error.keyword) {
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const field = String(params.unevaluatedProperty ?? params.additionalProperty);
      const shape = shapeOf((value as Record<string, unknown>)?.[field]);
      return {
        ...base,
        pointer: pointerOf(field),
        kind: 'unknown-field',
        expected: 'absent (not in the spec)',
        arrived: shapeText(shape),
        field,
        shape,
      };
    }
    case 'required': {
      const field = String(params.missingProperty);
      return {
        ...base,
        pointer: pointerOf(field),
        kind: 'required',
        expected: 'present (required)',
        arrived: 'absent',
        field,
      };
    }
    case 'type': {
      const shape = shapeOf(value);
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'type',
        expected: String(params.type).split(',').join(' or '),
        arrived: shapeText(shape),
        shape,
      };
    }
    case 'format':
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'format',
        expected: `string (${String(params.format)})`,
        arrived: shapeText(shapeOf(value)).replace(/^string$/, `string, not ${String(params.format)}`),
      };
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? params.allowedValues : [params.allowedValue]) as unknown[];
      const shown = enumToken(value, allowed);
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'enum',
        expected: `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
        arrived:
          shown === undefined
            ? `a ${shapeText(shapeOf(value))} not listed (value withheld)`
            : JSON.stringify(shown),
        ...(shown === undefined ? {} : { value: shown }),
      };
    }
    case 'anyOf':
    case 'oneOf':
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'type',
        expected: `${error.keyword === 'anyOf' ? 'any' : 'exactly one'} of ${(error.schema as unknown[]).length} schemas`,
        arrived: shapeText(shapeOf(value)),
        shape: shapeOf(value),
      };
    case 'if':
    case 'not':
    case 'false schema':
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'constraint',
        expected: `(${error.keyword})`,
        arrived: shapeText(shapeOf(value)),
      };
    default:
      // minimum, maxLength, pattern, minItems, ...: named, without the value.
      return {
        ...base,
        pointer: pointerOf(),
        kind: 'constraint',
        expected: `${error.keyword} ${JSON.stringify(error.schema)}`,
        arrived: `a ${shapeText(shapeOf(value))} outside it`,
      };
  }
}

/** Credentials the client sent are masked wherever they might show (an enum value, a field name). */
function cleaned(report: Mutable<DriftReport>, redact: (text: string) => string): DriftReport {
  const text = JSON.stringify(report);
  const clean = redact(text);
  return clean === text ? report : (JSON.parse(clean) as DriftReport);
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * The JSON pointer of `segments`, with every key that is not a property the schema names (a map key,
 * which may be data) written `*`. Array indices stay.
 */
function safePointer(root: Schema, segments: readonly string[]): string {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  let schemas: Schema[] = [root];
  let pointer = '';
  for (const segment of segments) {
    schemas = schemas.flatMap((s) => expand(s, defs));
    const named = schemas.filter(
      (s) => (s.properties as Record<string, unknown> | undefined)?.[segment] !== undefined,
    );
    const isIndex =
      /^\d+$/.test(segment) && schemas.some((s) => s.items !== undefined || s.prefixItems !== undefined);
    if (named.length) {
      pointer += `/${escapeKey(segment)}`;
      schemas = named.map((s) => (s.properties as Record<string, Schema>)[segment]!);
    } else if (isIndex) {
      pointer += `/${segment}`;
      schemas = schemas.flatMap((s) => {
        const prefix = s.prefixItems as Schema[] | undefined;
        const item = prefix?.[Number(segment)] ?? s.items;
        return typeof item === 'object' && item !== null ? [item as Schema] : [];
      });
    } else {
      pointer += '/*';
      schemas = schemas.flatMap((s) => {
        const extra = s.additionalProperties ?? s.unevaluatedProperties;
        return typeof extra === 'object' && extra !== null ? [extra as Schema] : [];
      });
    }
  }
  return pointer;
}

/** A schema and the schemas it stands for: its `$ref` target and its composition's members. */
function expand(schema: Schema, defs: Record<string, Schema>, depth = 0): Schema[] {
  if (depth > 20) return [schema];
  const out: Schema[] = [schema];
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = defs[unescapeKey(ref.slice('#/$defs/'.length))];
    if (target) out.push(...expand(target, defs, depth + 1));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list))
      for (const member of list) out.push(...expand(member as Schema, defs, depth + 1));
  }
  return out;
}

const FORMATS: ReadonlyArray<[string, RegExp]> = [
  ['date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ['email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  ['uri', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i],
];

/** The shape of a value: its JSON type (integer told from number), a string's well-known format, array items. */
export function shapeOf(value: unknown): Shape {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) {
    let items: Shape | undefined;
    for (const item of value.slice(0, 50)) {
      const shape = shapeOf(item);
      items = items ? mergeShapes(items, shape) : shape;
    }
    return items ? { type: 'array', items } : { type: 'array' };
  }
  switch (typeof value) {
    case 'string': {
      const format = FORMATS.find(([, pattern]) => pattern.test(value))?.[0];
      return format ? { type: 'string', format } : { type: 'string' };
    }
    case 'number':
      return { type: Number.isInteger(value) ? 'integer' : 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'object':
      return { type: 'object' };
    default:
      return { type: 'null' };
  }
}

/** One shape for two values seen at one place: their types joined, a format only when both have it. */
export function mergeShapes(a: Shape, b: Shape): Shape {
  const types = [...new Set([...[a.type].flat(), ...[b.type].flat()])];
  // An integer is a number: `number` alone says both.
  const joined = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  const type = joined.length === 1 ? joined[0]! : joined.sort();
  const format = a.format !== undefined && a.format === b.format ? a.format : undefined;
  const items = a.items && b.items ? mergeShapes(a.items, b.items) : (a.items ?? b.items);
  return {
    type,
    ...(format ? { format } : {}),
    ...(items && joined.includes('array') ? { items } : {}),
  };
}

function shapeText(shape: Shape): string {
  const type = [shape.type].flat().join(' or ');
  if (shape.items) return `array of ${shapeText(shape.items)}`;
  return shape.format ? `${type} (${shape.format})` : type;
}

/**
 * An enum value outside the list, shown only when it reads as a member of it: a number or boolean, or
 * a string of at most 40 letters, digits, `_`, `-` and `.`, in the letter case the listed strings use.
 */
function enumToken(value: unknown, allowed: readonly unknown[]): string | number | boolean | undefined {
  if (typeof value === 'boolean') return value;
  // Small whole numbers (levels, codes) only: a long one may be an id, a phone number, a PIN.
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1000 ? value : undefined;
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/.test(value)) return undefined;
  // More than three digits is the mark of a token or an id, not of a member.
  if ((value.match(/\d/g)?.length ?? 0) > 3) return undefined;
  const listed = allowed.filter((v): v is string => typeof v === 'string');
  if (listed.length === 0) return undefined;
  const upper = listed.every((v) => v === v.toUpperCase());
  const lower = listed.every((v) => v === v.toLowerCase());
  if (upper && value !== value.toUpperCase()) return undefined;
  if (lower && value !== value.toLowerCase()) return undefined;
  // A mixed-case list (camelCase members) still refuses a value with digits, the mark of a token.
  if (!upper && !lower && /\d/.test(value)) return undefined;
  return value;
}
