import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

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

/**
 * Reads a spec with js-yaml (YAML 1.2 core schema, as the `yaml` package reads it by default), several
 * times faster on a large spec; the `yaml` package's document, which knows every node's line, is only
 * built when a line is needed: for an error.
 */
export function loadSpec(file: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const text = readFileSync(file, 'utf8');
  let located: Document.Parsed | undefined;
  const locate = () => {
    located ??= parseDocument(text, { lineCounter, prettyErrors: false });
    return located;
  };
  let doc: unknown;
  try {
    doc = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    // Worded as the `yaml` package words it, with its line; else as js-yaml does.
    const first = locate().errors[0];
    if (first) {
      const line = lineCounter.linePos(first.pos[0]).line;
      throw new SpecError(`${file}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    throw new SpecError(`${file}:${(mark?.line ?? 0) + 1}: invalid YAML: ${reason ?? String(error)}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError(`${file}:1: the spec must be a YAML mapping`);
  }
  const fail = (path: readonly (string | number)[], message: string): never => {
    const document = locate();
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
