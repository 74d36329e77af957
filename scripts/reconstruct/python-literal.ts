/** A small parser for the Python literals and constructor calls that generated examples use. */
export type PyValue =
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'list'; items: PyValue[] }
  | { kind: 'dict'; entries: Array<[PyValue, PyValue]> }
  | { kind: 'call'; callee: string; args: PyValue[]; kwargs: Array<[string, PyValue]> }
  | { kind: 'name'; name: string };

export class PythonSyntaxError extends Error {}

export function parsePythonExpression(src: string): PyValue {
  let pos = 0;
  const ws = () => {
    while (pos < src.length) {
      if (/\s/.test(src[pos]!)) pos++;
      else if (src[pos] === '#') while (pos < src.length && src[pos] !== '\n') pos++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new PythonSyntaxError(`${what} at offset ${pos}: ${JSON.stringify(src.slice(pos, pos + 30))}`);
  };
  const sequence = (close: string, item: () => void) => {
    ws();
    while (src[pos] !== close) {
      item();
      ws();
      if (src[pos] === ',') {
        pos++;
        ws();
      } else if (src[pos] !== close) fail(`expected "," or "${close}"`);
    }
    pos++;
  };
  const value = (): PyValue => {
    ws();
    const ch = src[pos];
    if (ch === '"' || ch === "'") {
      const quote = ch;
      pos++;
      let out = '';
      while (pos < src.length && src[pos] !== quote) {
        if (src[pos] === '\\') pos++;
        out += src[pos++];
      }
      if (pos >= src.length) fail('unterminated string');
      pos++;
      return { kind: 'str', value: out };
    }
    if (ch === '[' || ch === '(') {
      pos++;
      const items: PyValue[] = [];
      sequence(ch === '[' ? ']' : ')', () => items.push(value()));
      return { kind: 'list', items };
    }
    if (ch === '{') {
      pos++;
      const entries: Array<[PyValue, PyValue]> = [];
      sequence('}', () => {
        const k = value();
        ws();
        if (src[pos] !== ':') fail('expected ":"');
        pos++;
        entries.push([k, value()]);
      });
      return { kind: 'dict', entries };
    }
    const num = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return num[1] || num[2]
        ? { kind: 'float', value: Number(num[0]) }
        : { kind: 'int', value: Number(num[0]) };
    }
    const id = /^[A-Za-z_][\w.]*/.exec(src.slice(pos));
    if (!id) return fail('expected a value');
    pos += id[0].length;
    if (id[0] === 'True' || id[0] === 'False') return { kind: 'bool', value: id[0] === 'True' };
    if (id[0] === 'None') return { kind: 'none' };
    ws();
    if (src[pos] !== '(') return { kind: 'name', name: id[0] };
    pos++;
    const args: PyValue[] = [];
    const kwargs: Array<[string, PyValue]> = [];
    sequence(')', () => {
      const kw = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(src.slice(pos));
      if (kw) {
        pos += kw[0].length;
        kwargs.push([kw[1]!, value()]);
      } else args.push(value());
    });
    return { kind: 'call', callee: id[0], args, kwargs };
  };
  const result = value();
  ws();
  if (pos !== src.length) fail('unexpected text after expression');
  return result;
}

/**
 * The expression that starts at `start` (an opening bracket or the first char of a call) and ends at
 * its matching close bracket, across lines. Returns the end offset (exclusive) or -1.
 */
export function balancedEnd(src: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
