import { readFileSync } from 'node:fs';
import type { ReadReport } from './proposals.ts';

const FIELDS = ['vendor', 'operation', 'status', 'pointer', 'kind', 'schema'] as const;
const KINDS = ['unknown-field', 'type', 'required', 'format', 'enum', 'constraint'];

/** Every report of a JSON Lines file (driftFile's), checked; a bad line fails with its file and line. */
export function readReports(file: string): ReadReport[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: cannot be read`);
  }
  const reports: ReadReport[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const source = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}: not JSON (one drift report per line expected)`);
    }
    const report = value as Record<string, unknown>;
    const missing = FIELDS.find((f) => report?.[f] === undefined);
    if (missing) throw new Error(`${source}: not a drift report (no "${missing}")`);
    if (!KINDS.includes(String(report.kind))) {
      throw new Error(`${source}: unknown kind ${JSON.stringify(report.kind)} (known: ${KINDS.join(', ')})`);
    }
    reports.push({ ...(report as unknown as ReadReport), source });
  });
  return reports;
}
