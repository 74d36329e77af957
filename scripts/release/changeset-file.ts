/** The changeset a spec change produces: its file name, its text, and writing it exactly once. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bump, SpecChange } from './spec-change.ts';

export interface SpecChangeset {
  readonly vendorId: string;
  readonly packageName: string;
  readonly bump: Bump;
  readonly base: string;
  readonly specFile: string;
  readonly changes: readonly SpecChange[];
}

/** Same base spec + same current spec = same hash, so re-runs land on the same file name. */
export function changeHash(baseSpec: string | null, currentSpec: string): string {
  return createHash('sha256')
    .update(baseSpec ?? '\0new\0')
    .update('\0')
    .update(currentSpec)
    .digest('hex')
    .slice(0, 8);
}

export function changesetFileName(vendorId: string, hash: string): string {
  return `spec-${vendorId}-${hash}.md`;
}

export function renderChangeset(changeset: SpecChangeset): string {
  const lines = changeset.changes.map((change) => {
    const where = change.operation ? `\`${change.operation}\`: ` : '';
    return `- ${change.bump}: ${where}${change.text}`;
  });
  return [
    '---',
    `"${changeset.packageName}": ${changeset.bump}`,
    '---',
    '',
    // No blank line before the list: changesets nests it under one changelog bullet, and biome
    // formats a loose nested list differently.
    `API change from \`${changeset.specFile}\` (compared with \`${changeset.base}\`):`,
    ...lines,
    '',
  ].join('\n');
}

/** Changesets this command wrote earlier for the vendor; they describe an older state of the spec. */
function ownChangesets(changesetDir: string, vendorId: string): string[] {
  if (!existsSync(changesetDir)) return [];
  const pattern = new RegExp(`^spec-${vendorId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[0-9a-f]{8}\\.md$`);
  return readdirSync(changesetDir).filter((name) => pattern.test(name));
}

export type WriteOutcome = 'written' | 'unchanged' | 'removed-stale' | 'nothing';

/**
 * Writes `content` as `fileName` (or, when `content` is null, writes nothing) and removes this vendor's
 * other spec changesets: the new one already covers everything since the base.
 */
export function syncChangeset(
  changesetDir: string,
  vendorId: string,
  fileName: string | null,
  content: string | null,
): WriteOutcome {
  const stale = ownChangesets(changesetDir, vendorId).filter((name) => name !== fileName);
  for (const name of stale) rmSync(join(changesetDir, name));
  if (fileName === null || content === null) return stale.length > 0 ? 'removed-stale' : 'nothing';
  const target = join(changesetDir, fileName);
  if (existsSync(target) && readFileSync(target, 'utf8') === content) return 'unchanged';
  writeFileSync(target, content);
  return 'written';
}
