/**
 * JSON and query names. Python pages write attribute and argument names (`cluster_id`), which may not
 * be what goes on the wire (`clusterId`). The evidence, in order: a JSON sample in the doc set, then
 * the naming rule the vendor's overlay states as a fact (`x-wire-names` at the overlay's root).
 */
import { isMap, isSeq } from 'yaml';
import { DocError } from './doc-error.ts';
import type { LoadedOverlay } from './overlay.ts';

export type NamingRule = 'camelCase' | 'as-written';
export type NameScope = 'properties' | 'query' | 'header';

export interface WireNameRules {
  file: string;
  rules: Partial<Record<NameScope, { rule: NamingRule; line: number }>>;
  /** `Model.attribute` properties whose JSON name is the attribute as written, whatever the rule, with lines. */
  asWritten: Map<string, number>;
}

const rules: readonly NamingRule[] = ['camelCase', 'as-written'];
const scopes: readonly NameScope[] = ['properties', 'query', 'header'];

/** The overlay's `x-wire-names` (Overlay 1.0 allows `x-` extensions at its root), with lines. */
export function readWireNames({ file, root, lineOf }: LoadedOverlay): WireNameRules {
  const out: WireNameRules = { file, rules: {}, asWritten: new Map() };
  const node = root.get('x-wire-names', true);
  if (node === undefined) return out;
  if (!isMap(node))
    throw new DocError(
      file,
      lineOf((node as { range?: number[] }).range?.[0]),
      '"x-wire-names" must be a mapping',
    );
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const value = (pair.value as { value?: unknown } | null)?.value;
    const line = lineOf((pair.key as { range?: number[] }).range?.[0]);
    if (key === 'as-written') {
      if (!isSeq(pair.value))
        throw new DocError(file, line, 'x-wire-names.as-written must be a list of Model.attribute names');
      for (const item of pair.value.items) {
        const entry = (item as { value?: unknown }).value;
        const at = lineOf((item as { range?: number[] }).range?.[0]);
        if (typeof entry !== 'string' || !/^\w+\.\w+$/.test(entry))
          throw new DocError(file, at, `x-wire-names.as-written: "${String(entry)}" is not Model.attribute`);
        out.asWritten.set(entry, at);
      }
      continue;
    }
    if (!scopes.includes(key as NameScope))
      throw new DocError(file, line, `x-wire-names: unknown scope "${key}" (use ${scopes.join(', ')})`);
    if (!rules.includes(value as NamingRule))
      throw new DocError(
        file,
        line,
        `x-wire-names.${key}: unknown rule "${String(value)}" (use ${rules.join(' or ')})`,
      );
    out.rules[key as NameScope] = { rule: value as NamingRule, line };
  }
  return out;
}

/** `first_name` -> `firstName`: how generators turn a camelCase JSON name into a Python one, undone. */
export function camelCase(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The Python name a generator makes of a JSON name (`clusterId` -> `cluster_id`, `IdPToken` -> `id_p_token`). */
export function pythonName(json: string): string {
  return json
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[-\s.]+/g, '_')
    .toLowerCase();
}

export function applyRule(rule: NamingRule, name: string): string {
  return rule === 'camelCase' ? camelCase(name) : name;
}
