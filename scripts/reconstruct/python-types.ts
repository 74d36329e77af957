import { refTo, type Schema } from './schema.ts';

/** Python type names the generators print, mapped to JSON Schema. Anything else is a model name. */
const scalars: Record<string, Schema> = {
  str: { type: 'string' },
  StrictStr: { type: 'string' },
  int: { type: 'integer' },
  StrictInt: { type: 'integer' },
  float: { type: 'number' },
  StrictFloat: { type: 'number' },
  bool: { type: 'boolean' },
  StrictBool: { type: 'boolean' },
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  object: { type: 'object' },
  dict: { type: 'object' },
  list: { type: 'array' },
  file: { type: 'string', format: 'binary' },
  file_type: { type: 'string', format: 'binary' },
  bytearray: { type: 'string', format: 'binary' },
  bytes: { type: 'string', format: 'binary' },
  StrictBytes: { type: 'string', format: 'binary' },
  'decimal.Decimal': { type: 'number' },
};

export class PythonTypeError extends Error {}

/** JSON types that, all together, make "any value": how openapi-generator 5.x prints an untyped schema. */
const ANY = ['array', 'boolean', 'integer', 'number', 'object', 'string'];

/**
 * A comma list of types (a Python tuple of accepted types, as openapi-generator 5.x and 6.x print
 * them): `str, none_type` is a nullable string; every JSON type at once (`bool, date, datetime, dict,
 * float, int, list, str, none_type`) is any value.
 */
function unionOf(members: Schema[], src: string): Schema {
  if (members.length === 1) return members[0]!;
  const types = new Set(members.map((m) => (typeof m.type === 'string' ? m.type : '?')));
  if (ANY.every((t) => types.has(t))) return {};
  const values = members.filter((m) => m.type !== 'null');
  const only = values[0];
  // As for Optional[...]: a nullable model stays the model (the schema subset has no anyOf).
  if (values.length === 1 && only)
    return typeof only.type === 'string' ? { ...only, type: [only.type, 'null'] } : only;
  throw new PythonTypeError(`unsupported union of types "${src}" (only X, none_type and all types at once)`);
}

/**
 * Parses a documented Python type (`str`, `List[Optional[str]]`, `[Token]`, `Dict[str, int]`,
 * `{str: (bool,)}`, `[str, none_type]`, `ModelName`) into a schema. `onModel` is told of every model name met.
 */
export function pythonTypeToSchema(text: string, onModel: (name: string) => void = () => {}): Schema {
  let pos = 0;
  const src = text.trim();
  const peek = () => src[pos];
  const skipWs = () => {
    while (pos < src.length && /\s/.test(src[pos]!)) pos++;
  };
  const expect = (ch: string) => {
    skipWs();
    if (src[pos] !== ch) throw new PythonTypeError(`expected "${ch}" at ${pos} in type "${src}"`);
    pos++;
  };
  const name = (): string => {
    skipWs();
    const m = /^[A-Za-z_][\w.]*/.exec(src.slice(pos));
    if (!m) throw new PythonTypeError(`expected a type name at ${pos} in type "${src}"`);
    pos += m[0].length;
    return m[0];
  };
  const type = (): Schema => {
    skipWs();
    if (peek() === '[') {
      pos++;
      const items = union(']');
      expect(']');
      return { type: 'array', items };
    }
    if (peek() === '{') {
      pos++;
      type();
      expect(':');
      skipWs();
      let value: Schema;
      if (peek() === '(') {
        pos++;
        value = union(')');
        expect(')');
      } else value = type();
      expect('}');
      return { type: 'object', additionalProperties: value };
    }
    const n = name();
    skipWs();
    // swagger-codegen writes a map as `dict(str, Model)`.
    if (peek() === '(' && n === 'dict') {
      pos++;
      type();
      expect(',');
      const value = type();
      expect(')');
      return { type: 'object', additionalProperties: value };
    }
    if (peek() === '[') {
      pos++;
      const args: Schema[] = [type()];
      skipWs();
      while (peek() === ',') {
        pos++;
        args.push(type());
        skipWs();
      }
      expect(']');
      switch (n) {
        case 'List':
        case 'list':
        case 'Set':
          return { type: 'array', items: args[0]! };
        case 'Dict':
        case 'dict':
          return { type: 'object', additionalProperties: args[1] ?? {} };
        case 'Optional': {
          const inner = args[0]!;
          return typeof inner.type === 'string' ? { ...inner, type: [inner.type, 'null'] } : inner;
        }
        case 'Annotated':
          return args[0]!;
        default:
          throw new PythonTypeError(`unknown generic "${n}" in type "${src}"`);
      }
    }
    const scalar = scalars[n];
    if (scalar) return { ...scalar };
    if (n === 'none_type' || n === 'None') return { type: 'null' };
    if (!/^[A-Z]/.test(n)) throw new PythonTypeError(`unknown type "${n}" in "${src}"`);
    onModel(n);
    return refTo(n);
  };
  /** Types separated by commas up to `close` (a trailing comma allowed, as in `(bool,)`). */
  const union = (close: string | undefined): Schema => {
    const start = pos;
    const members = [type()];
    skipWs();
    while (peek() === ',') {
      pos++;
      skipWs();
      if (peek() === close || pos === src.length) break;
      members.push(type());
      skipWs();
    }
    return unionOf(members, src.slice(start, pos).trim());
  };
  const result = union(undefined);
  skipWs();
  if (pos !== src.length) throw new PythonTypeError(`unexpected "${src.slice(pos)}" in type "${src}"`);
  return result;
}

/** The type inside a doc's type cell: `**str**`, `[**List[str]**](str.md)`, `[**Model**](Model.md)`. */
export function typeCellText(cell: string): string | undefined {
  const m = /\*\*(.+?)\*\*/.exec(cell);
  return m?.[1];
}
