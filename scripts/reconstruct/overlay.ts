/** Applies an OpenAPI Overlay 1.0 document (JSONPath targets, update/remove actions) to a spec. */
import { readFileSync } from 'node:fs';
import { exec as jsonPathExec } from 'jsonpath-rfc9535';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { DocError } from './doc-error.ts';

interface Action {
  target: string;
  update?: unknown;
  remove?: boolean;
  line: number;
  /** The line of each node of `update`, by its path inside `update` ([] is `update` itself). */
  updateLines: Array<[path: string[], line: number]>;
}

/**
 * Where each part of the spec an overlay wrote comes from, so a problem the validator finds in it is
 * reported at the overlay's line rather than in the generated spec.
 */
export class OverlayOrigins {
  private readonly lines = new Map<string, number>();
  constructor(readonly file: string) {}

  record(pointer: string, line: number): void {
    this.lines.set(pointer, line);
  }

  /**
   * The overlay line that wrote the node at `pointer` (a JSON pointer). Only an exact match counts: an
   * overlay that merges into a doc-made object writes some of its keys, not the ones beside them.
   */
  lineOf(pointer: string): number | undefined {
    return this.lines.get(decodeURIComponent(pointer.replace(/^#/, '')));
  }
}

export const escapePointer = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** An overlay file parsed once, for the readers of its parts (its actions, its `x-` facts). */
export interface LoadedOverlay {
  file: string;
  root: YAMLMap;
  /** 1-based line of a character offset (1 when the node has none). */
  lineOf(offset: number | undefined): number;
}

/** Reads, parses and checks an overlay file's head; every problem names the file and line. */
export function loadOverlay(file: string): LoadedOverlay {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DocError(file, 1, 'overlay file cannot be read');
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new DocError(file, lineOf(err.pos[0]), `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new DocError(file, 1, 'an overlay must be a YAML mapping');
  const version = root.get('overlay');
  if (typeof version !== 'string' || !/^1\.0\.\d+$/.test(version)) {
    throw new DocError(
      file,
      lineOf(root.range?.[0]),
      'missing or unsupported "overlay" version (expected 1.0.x)',
    );
  }
  return { file, root, lineOf };
}

/** The overlay's actions, checked; every problem names the file and line. */
export function readOverlay({ file, root, lineOf }: LoadedOverlay): Action[] {
  const actions = root.get('actions', true);
  if (!isSeq(actions)) throw new DocError(file, lineOf(root.range?.[0]), '"actions" must be a list');
  return actions.items.map((item) => {
    const line = lineOf((item as { range?: [number] }).range?.[0]);
    if (!isMap(item)) throw new DocError(file, line, 'an action must be a mapping');
    const target = item.get('target');
    if (typeof target !== 'string' || !target.startsWith('$')) {
      throw new DocError(file, line, 'action needs a JSONPath "target" starting with "$"');
    }
    const remove = item.get('remove');
    const update = (item.toJSON() as Record<string, unknown>).update;
    if (remove !== undefined && typeof remove !== 'boolean')
      throw new DocError(file, line, '"remove" must be true or false');
    if (update === undefined && !remove)
      throw new DocError(file, line, 'action has neither "update" nor "remove: true"');
    const updateLines: Action['updateLines'] = [];
    nodeLines(item.get('update', true) as Node | undefined, [], lineOf, updateLines);
    return {
      target,
      line,
      updateLines,
      ...(update !== undefined ? { update } : {}),
      ...(remove ? { remove } : {}),
    };
  });
}

/** Every mapping key and list item under `node`, with its line. */
function nodeLines(
  node: Node | undefined,
  path: string[],
  lineOf: (offset: number | undefined) => number,
  into: Action['updateLines'],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      into.push([[...path, key], lineOf((pair.key as Node).range?.[0])]);
      nodeLines(pair.value as Node | undefined, [...path, key], lineOf, into);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      into.push([[...path, String(i)], lineOf((item as Node).range?.[0])]);
      nodeLines(item as Node, [...path, String(i)], lineOf, into);
    });
  }
}

export function applyOverlay(spec: Record<string, unknown>, file: string, actions: Action[]): OverlayOrigins {
  const origins = new OverlayOrigins(file);
  for (const action of actions) {
    const found: Array<Array<string | number>> = [];
    try {
      jsonPathExec(spec as never, action.target, (_value, path) => found.push([...path]));
    } catch (e) {
      throw new DocError(file, action.line, `invalid JSONPath "${action.target}": ${(e as Error).message}`);
    }
    if (found.length === 0)
      throw new DocError(file, action.line, `target "${action.target}" matches nothing in the spec`);
    for (const keys of found.reverse()) {
      if (action.remove) {
        if (keys.length === 0) throw new DocError(file, action.line, 'cannot remove the whole document');
        const parent = valueAt(spec, keys.slice(0, -1));
        const key = keys.at(-1)!;
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, unknown>)[key as string];
      } else {
        const node = valueAt(spec, keys);
        let at = keys;
        if (Array.isArray(node)) {
          node.push(structuredClone(action.update));
          at = [...keys, node.length - 1];
        } else if (isObject(node) && isObject(action.update)) merge(node, action.update);
        else throw new DocError(file, action.line, `target "${action.target}" is not an object or array`);
        const base = at.map((k) => `/${escapePointer(k)}`).join('');
        for (const [path, line] of action.updateLines)
          origins.record(`${base}${path.map((k) => `/${escapePointer(k)}`).join('')}`, line);
      }
    }
  }
  return origins;
}

function valueAt(root: unknown, keys: Array<string | number>): unknown {
  let node = root;
  for (const k of keys) node = (node as Record<string | number, unknown>)[k];
  return node;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overlay 1.0 merge: objects merge recursively, anything else (arrays included) is replaced. */
function merge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    const current = into[k];
    if (isObject(current) && isObject(v)) merge(current, v);
    else into[k] = structuredClone(v);
  }
}
