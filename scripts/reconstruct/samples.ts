/** Schemas from what docs show by example: Python constructor calls and JSON samples. */

import { jsonrepair } from 'jsonrepair';
import { balancedEnd, PythonSyntaxError, type PyValue, parsePythonExpression } from './python-literal.ts';
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
 * shapes the models it shows. Calls with no arguments show no shape. An assignment that is not valid
 * Python is handed to `broken` (its offset in `code`, the problem) and skipped, when `broken` is given;
 * otherwise it throws.
 */
export function readExampleAssignments(
  code: string,
  models: ModelSink,
  broken?: (offset: number, problem: string) => void,
): Map<string, string> {
  const vars = new Map<string, string>();
  const assign = /^[ \t]*([a-z_]\w*)\s*=\s*([A-Za-z_][\w.]*)\(/gm;
  for (let m = assign.exec(code); m; m = assign.exec(code)) {
    const start = m.index + m[0].length - 1 - m[2]!.length;
    const end = balancedEnd(code, m.index + m[0].length - 1);
    const callee = lastSegment(m[2]!);
    // Client set-up (Configuration, ApiClient, the API class) is not a model.
    if (!/^[A-Z]/.test(callee) || /(Configuration|ApiClient|Api)$/.test(callee)) continue;
    if (end < 0) {
      broken?.(m.index, `${callee}( is never closed`);
      continue;
    }
    let value: ReturnType<typeof parsePythonExpression>;
    try {
      value = parsePythonExpression(code.slice(start, end));
    } catch (e) {
      if (!(e instanceof PythonSyntaxError) || !broken) throw e;
      broken(m.index, e.message);
      continue;
    }
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
  /** Samples that are not JSON but were read after repair, and samples that could not be read, with why. */
  problems: string[];
}

/**
 * The JSON a description's cURL examples show: the `-d '...'` payload and the body printed after the
 * command. The description is as the doc prints it, with `\"`, `\\` and `\'` escapes. Vendors write
 * these samples by hand, so a sample that is not JSON is repaired where the repair is unambiguous
 * (see `readJsonSample`) and reported either way.
 */
export function readCurlSamples(description: string): CurlSamples {
  const out: CurlSamples = { problems: [] };
  const blocks = description.match(/```bash([\s\S]*?)```/g) ?? [];
  for (const raw of blocks) {
    const block = raw.slice(7, -3).replace(/\\(["\\'])/g, '$1');
    const payload = findPayload(block);
    if (payload?.text.startsWith('{') && !/^\{\s*\.\.\.\s*\}$/.test(payload.text)) {
      const read = readJsonSample(payload.text);
      if ('value' in read) out.request = read.value;
      if (read.problem) out.problems.push(`request sample: ${read.problem}`);
    }
    const urlEnd = commandUrlEnd(block, payload);
    if (urlEnd < 0) continue;
    // What the command prints runs to the end of the block (one command per block).
    const printed = block.slice(urlEnd).trim();
    if (!printed.startsWith('{') && !printed.startsWith('[')) continue;
    const read = readJsonSample(printed);
    if ('value' in read) out.response = read.value;
    if (read.problem) out.problems.push(`response sample: ${read.problem}`);
  }
  return out;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * The `-d '…'` payload. Inside it the doc escapes a single quote as `\'`. A payload whose closing quote
 * is missing ends where the command's URL starts (the first URL outside a JSON string).
 */
function findPayload(block: string): Span | undefined {
  const flag = /\s(?:-d|--data(?:-raw|-binary)?)\s+'/.exec(block);
  if (!flag) return undefined;
  const start = flag.index + flag[0].length;
  let end = -1;
  for (let i = start; i < block.length && end < 0; i++)
    if (block[i] === "'" && block[i - 1] !== '\\') end = i;
  if (end < 0) end = firstUrlOutsideStrings(block, start);
  const text = block
    .slice(start, end)
    .replace(/\\'/g, "'")
    .replace(/\s\\\s*$/, '')
    .trim();
  return { text, start, end };
}

function firstUrlOutsideStrings(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (/^https?:\/\//.test(text.slice(i, i + 8))) return i;
  }
  return text.length;
}

/** End of the command's URL: the first URL outside the payload (URLs inside the printed body come later). */
function commandUrlEnd(block: string, payload: Span | undefined): number {
  for (const m of block.matchAll(/https?:\/\/\S+/g)) {
    if (payload && m.index >= payload.start && m.index < payload.end) continue;
    return m.index + m[0].length;
  }
  return -1;
}

export type JsonSample = { value: unknown; problem?: string } | { problem: string };

/**
 * A hand-written JSON sample. Not JSON: shell line continuations (`\` between words) are dropped, a key
 * missing its closing quote (`"tokens: [`) gets it back, and jsonrepair adds missing commas, brackets
 * and escapes; the result is used, with a problem saying it was repaired.
 */
export function readJsonSample(text: string): JsonSample {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const why = (e as Error).message;
    try {
      const unwrapped = text
        .replace(/\s\\(?=\s)/g, ' ')
        .replace(/([{,]\s*)"([A-Za-z_$][\w$]*):(?=\s)/g, '$1"$2":');
      return {
        value: JSON.parse(jsonrepair(unwrapped)),
        problem: `not valid JSON (${why}); read as repaired`,
      };
    } catch {
      return { problem: `not valid JSON (${why}) (skipped)` };
    }
  }
}
