import { readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A problem in a spec, reported as `file:line: message`. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A parsed spec that can say on which line any of its nodes sits. */
export interface LoadedSpec {
  readonly file: string;
  readonly doc: JsonObject;
  /** Throws a SpecError pointing at the node at `path` (or its closest existing parent). */
  fail(path: readonly (string | number)[], message: string): never;
}

export function loadSpec(file: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new SpecError(`${file}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const doc = document.toJS({ maxAliasCount: 1000 }) as unknown;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError(`${file}:1: the spec must be a YAML mapping`);
  }
  const fail = (path: readonly (string | number)[], message: string): never => {
    let line = 1;
    // The line of the key that names the node (or of the item, in a list), else of its closest parent.
    for (let depth = path.length; depth > 0; depth--) {
      const parent = document.getIn(path.slice(0, depth - 1), true);
      const last = path[depth - 1];
      let range: [number, number, number] | null | undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        range = isScalar(pair?.key) ? pair.key.range : undefined;
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        range = isNode(item) ? item.range : undefined;
      }
      if (range) {
        line = lineCounter.linePos(range[0]).line;
        break;
      }
    }
    throw new SpecError(`${file}:${line}: ${message}`);
  };
  return { file, doc: doc as JsonObject, fail };
}
