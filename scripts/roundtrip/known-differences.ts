/** Reads known-differences.yaml: differences that come only from the generator version, each with why. */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DocError } from '../reconstruct/doc-error.ts';
import { FACT_KINDS } from './facts.ts';

export interface KnownDifference {
  vendor: string;
  /** `<kind> <key>`, as the round trip prints a difference (e.g. `body PATCH /user/privileges`). */
  fact: string;
  reason: string;
  line: number;
}

/** `<kind> <key>` with a kind the round trip knows. */
const FACT_ID = new RegExp(`^(${FACT_KINDS.join('|')}) \\S`);

export function readKnownDifferences(file: string, vendorIds: readonly string[]): KnownDifference[] {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const first = doc.errors[0];
  if (first) throw new DocError(file, lineOf(first.pos[0]), `invalid YAML: ${first.message.split('\n')[0]}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new DocError(file, 1, 'expected a list of { vendor, fact, reason }');
  const seen = new Set<string>();
  return doc.contents.items.map((item) => {
    const line = lineOf(item.range?.[0]);
    if (!isMap(item))
      throw new DocError(file, line, 'an entry must be a mapping with vendor, fact and reason');
    const entry = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!['vendor', 'fact', 'reason'].includes(key))
        throw new DocError(file, line, `unknown key "${key}" (expected vendor, fact, reason)`);
    }
    const { vendor, fact, reason } = entry;
    if (typeof vendor !== 'string' || !vendorIds.includes(vendor))
      throw new DocError(file, line, `"vendor" must be one of ${vendorIds.join(', ')}`);
    if (typeof fact !== 'string' || !FACT_ID.test(fact))
      throw new DocError(file, line, '"fact" must be "<kind> <key>" as pnpm roundtrip prints it');
    if (typeof reason !== 'string' || reason.trim().length < 20)
      throw new DocError(file, line, '"reason" must say why the generator version makes this difference');
    const id = `${vendor} ${fact}`;
    if (seen.has(id)) throw new DocError(file, line, `"${fact}" of ${vendor} is listed twice`);
    seen.add(id);
    return { vendor, fact, reason: reason.trim(), line };
  });
}
