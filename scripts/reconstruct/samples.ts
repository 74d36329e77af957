/** Schemas from what docs show by example: Python constructor calls and JSON samples. */
import { balancedEnd, type PyValue, parsePythonExpression } from './python-literal.ts';
import { mergeSchemas, refTo, type Schema } from './schema.ts';

export type ModelSink = Map<string, Schema | undefined>;

export function addModelShape(models: ModelSink, name: string, shape: Schema | undefined): void {
  models.set(name, mergeSchemas(models.get(name), shape));
}

/** Values a generator prints when the spec gives no example: they say nothing about the API. */
function isPlaceholder(prop: string, v: PyValue): boolean {
  if (v.kind === 'str') return v.value === `${prop}_example` || v.value === 'YOUR_API_KEY';
  if (v.kind === 'int') return v.value === 1;
  if (v.kind === 'float') return v.value === 3.14;
  if (v.kind === 'bool') return v.value === true;
  return false;
}

const lastSegment = (callee: string) => callee.split('.').pop() ?? callee;

/** Schema of one example value; constructor calls register (and shape) the model they name. */
export function pyValueToSchema(prop: string, v: PyValue, models: ModelSink): Schema {
  const example = isPlaceholder(prop, v) ? undefined : v;
  switch (v.kind) {
    case 'str':
      return example ? { type: 'string', examples: [v.value] } : { type: 'string' };
    case 'int':
      return example ? { type: 'integer', examples: [v.value] } : { type: 'integer' };
    case 'float':
      return example ? { type: 'number', examples: [v.value] } : { type: 'number' };
    case 'bool':
      return { type: 'boolean' };
    case 'none':
      return {};
    case 'list':
      return v.items[0]
        ? { type: 'array', items: pyValueToSchema(prop, v.items[0], models) }
        : { type: 'array' };
    case 'dict': {
      const first = v.entries[0];
      return first
        ? { type: 'object', additionalProperties: pyValueToSchema(prop, first[1], models) }
        : { type: 'object' };
    }
    case 'name':
      return {};
    case 'call': {
      const callee = lastSegment(v.callee);
      if (callee === 'dateutil_parser' || callee === 'parse') return { type: 'string', format: 'date-time' };
      if (callee === 'date') return { type: 'string', format: 'date' };
      if (!/^[A-Z]/.test(callee)) return {};
      addModelShape(models, callee, callShape(v, models));
      return refTo(callee);
    }
  }
}

/** The shape a constructor call shows: keyword arguments are properties, one literal is an enum value. */
function callShape(call: Extract<PyValue, { kind: 'call' }>, models: ModelSink): Schema | undefined {
  if (call.kwargs.length > 0) {
    const properties: Record<string, Schema> = {};
    for (const [k, v] of call.kwargs) properties[k] = pyValueToSchema(k, v, models);
    return { type: 'object', properties };
  }
  const only = call.args[0];
  if (call.args.length === 1 && only && (only.kind === 'str' || only.kind === 'int')) {
    return { type: only.kind === 'str' ? 'string' : 'integer', examples: [only.value] };
  }
  return undefined;
}

/**
 * Every `name = Model(...)` assignment in an example block: returns variable -> model name, and
 * shapes the models it shows. Calls with no arguments show no shape.
 */
export function readExampleAssignments(code: string, models: ModelSink): Map<string, string> {
  const vars = new Map<string, string>();
  const assign = /^[ \t]*([a-z_]\w*)\s*=\s*([A-Za-z_][\w.]*)\(/gm;
  for (let m = assign.exec(code); m; m = assign.exec(code)) {
    const start = m.index + m[0].length - 1 - m[2]!.length;
    const end = balancedEnd(code, m.index + m[0].length - 1);
    if (end < 0) continue;
    const callee = lastSegment(m[2]!);
    // Client set-up (Configuration, ApiClient, the API class) is not a model.
    if (!/^[A-Z]/.test(callee) || /(Configuration|ApiClient|Api)$/.test(callee)) continue;
    const value = parsePythonExpression(code.slice(start, end));
    if (value.kind !== 'call') continue;
    vars.set(m[1]!, callee);
    addModelShape(models, callee, callShape(value, models));
  }
  return vars;
}

const idLike = /^[0-9a-f]{16,}$/i;

/** Schema of a JSON sample; objects keyed by ids become maps. */
export function jsonToSchema(value: unknown): Schema {
  if (value === null) return {};
  if (Array.isArray(value)) {
    let items: Schema | undefined;
    for (const v of value) items = mergeSchemas(items, jsonToSchema(v));
    return items ? { type: 'array', items } : { type: 'array' };
  }
  switch (typeof value) {
    case 'string':
      return { type: 'string', examples: [value] };
    case 'number':
      return Number.isInteger(value)
        ? { type: 'integer', examples: [value] }
        : { type: 'number', examples: [value] };
    case 'boolean':
      return { type: 'boolean' };
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > 0 && entries.every(([k]) => idLike.test(k))) {
        let values: Schema | undefined;
        for (const [, v] of entries) values = mergeSchemas(values, jsonToSchema(v));
        return { type: 'object', additionalProperties: values ?? {} };
      }
      const properties: Record<string, Schema> = {};
      for (const [k, v] of entries) properties[k] = jsonToSchema(v);
      return { type: 'object', properties };
    }
    default:
      return {};
  }
}

export interface CurlSamples {
  request?: unknown;
  response?: unknown;
  /** Samples that were there but are not JSON, with why. */
  unreadable: string[];
}

/**
 * The JSON a description's cURL examples show: the `-d '...'` payload and the body printed after the
 * URL. The description is as the doc prints it, with `\"` and `\\` escapes.
 */
export function readCurlSamples(description: string): CurlSamples {
  const out: CurlSamples = { unreadable: [] };
  const blocks = description.match(/```bash([\s\S]*?)```/g) ?? [];
  for (const raw of blocks) {
    const block = raw.slice(7, -3).replace(/\\(["\\'])/g, '$1');
    const payload = /\s-d\s+'/.exec(block);
    if (payload) {
      const start = payload.index + payload[0].length;
      const end = block.indexOf("'", start);
      const text = block.slice(start, end < 0 ? undefined : end).trim();
      if (text.startsWith('{') && !/^\{\s*\.\.\.\s*\}$/.test(text)) {
        const parsed = tryJson(text);
        if (parsed.ok) out.request = parsed.value;
        else out.unreadable.push(`request sample: ${parsed.error}`);
      }
    }
    const urls = [...block.matchAll(/https?:\/\/\S+/g)];
    const last = urls.at(-1);
    if (!last || last.index === undefined) continue;
    const rest = block.slice(last.index + last[0].length);
    const at = rest.search(/\S/);
    if (at < 0 || (rest[at] !== '{' && rest[at] !== '[')) continue;
    const end = balancedEnd(rest, at);
    const parsed = tryJson(end < 0 ? rest.slice(at) : rest.slice(at, end));
    if (parsed.ok) out.response = parsed.value;
    else out.unreadable.push(`response sample: ${parsed.error}`);
  }
  return out;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
}
