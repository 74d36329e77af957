/**
 * Classifies the difference between two OpenAPI documents as the semver bump a generated, typed client
 * package deserves. api-smart-diff does the structural diff and the first classification; the rules
 * below only tighten it where a typed client breaks although the wire protocol would not (see
 * scripts/release/README.md, "Which change is which bump").
 */
import { apiCompare } from 'api-smart-diff';
import { securityChanges } from './security-change.ts';

export type Bump = 'major' | 'minor' | 'patch';

export interface SpecChange {
  readonly bump: Bump;
  /** `GET /users/{id}` when the change belongs to one operation. */
  readonly operation?: string;
  readonly text: string;
}

export interface SpecComparison {
  /** `null` when the documents are equivalent. */
  readonly bump: Bump | null;
  readonly changes: readonly SpecChange[];
}

type DiffPath = readonly (string | number)[];

interface LibraryDiff {
  action: 'add' | 'remove' | 'replace' | 'rename';
  path: DiffPath;
  type: 'breaking' | 'non-breaking' | 'annotation' | 'unclassified' | 'deprecated';
  description?: string;
  before?: unknown;
  after?: unknown;
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const rank: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export function highestBump(bumps: Iterable<Bump>): Bump | null {
  let highest: Bump | null = null;
  for (const bump of bumps) if (highest === null || rank[bump] > rank[highest]) highest = bump;
  return highest;
}

/** The path without the names of schema properties, so a property called `type` is not a keyword. */
function schemaKeywords(path: DiffPath): string[] {
  const keywords: string[] = [];
  let nextIsName = false;
  for (const segment of path) {
    if (nextIsName) {
      nextIsName = false;
      continue;
    }
    keywords.push(String(segment));
    nextIsName = segment === 'properties' || segment === 'patternProperties';
  }
  return keywords;
}

function operationOf(path: DiffPath): string | undefined {
  const [root, route, method] = path;
  if (root !== 'paths' || typeof route !== 'string' || typeof method !== 'string') return undefined;
  return httpMethods.has(method) ? `${method.toUpperCase()} ${route}` : undefined;
}

function isSecurityPath(path: DiffPath): boolean {
  return path[0] === 'security' || (path[0] === 'paths' && path[3] === 'security');
}

/** Our policy on top of the library's classification; `null` = not reported (covered elsewhere). */
function bumpOf(diff: LibraryDiff): Bump | null {
  const { path, action } = diff;
  if (isSecurityPath(path)) return null;
  if (path[0] === 'components' && path[1] === 'schemas') {
    // Member changes surface again, resolved, under the operations that use the schema; only the
    // exported `components['schemas'][name]` type itself appearing or disappearing is news here.
    if (path.length !== 3) return null;
    return action === 'remove' ? 'major' : action === 'add' ? 'minor' : null;
  }
  const keywords = schemaKeywords(path);
  const inResponse = path[0] === 'paths' && keywords.includes('responses');
  const inRequestBody = path[0] === 'paths' && keywords.includes('requestBody');
  const last = keywords[keywords.length - 1];
  // `type` and `required` may be arrays whose items are edited one by one.
  const edits = (keyword: string) => last === keyword || keywords[keywords.length - 2] === keyword;
  // Method names of the generated client are the operationIds.
  if (path[0] === 'paths' && last === 'operationId') return 'major';
  // Code that reads a response field, or relies on it being present, stops compiling.
  if (inResponse && action === 'remove' && last === 'properties') return 'major';
  if (inResponse && action === 'remove' && edits('required')) return 'major';
  // Any change of a response type changes what callers' code was written against.
  if (inResponse && edits('type')) return 'major';
  // Object literals naming a removed body field fail TypeScript's excess-property check.
  if (inRequestBody && action === 'remove' && last === 'properties') return 'major';
  switch (diff.type) {
    case 'breaking':
      return 'major';
    case 'non-breaking':
    case 'deprecated':
    case 'unclassified':
      return 'minor';
    case 'annotation':
      return 'patch';
  }
}

function describeDiff(diff: LibraryDiff): string {
  if (
    diff.path[0] === 'paths' &&
    diff.path[diff.path.length - 1] === 'operationId' &&
    diff.action === 'replace'
  ) {
    return `operationId renamed from \`${String(diff.before)}\` to \`${String(diff.after)}\` (the client method's name)`;
  }
  if (diff.description) return diff.description.replace(/\s+/g, ' ').trim();
  const where = diff.path.map(String).join('.');
  const verb = { add: 'Added', remove: 'Removed', replace: 'Replaced', rename: 'Renamed' }[diff.action];
  return `[${verb}] \`${where}\``;
}

export function compareSpecs(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): SpecComparison {
  const { diffs } = apiCompare(before, after) as { diffs: LibraryDiff[] };
  const changes: SpecChange[] = [];
  const seen = new Set<string>();
  for (const diff of diffs) {
    const bump = bumpOf(diff);
    if (bump === null) continue;
    const operation = operationOf(diff.path);
    const change: SpecChange = operation
      ? { bump, operation, text: describeDiff(diff) }
      : { bump, text: describeDiff(diff) };
    const key = `${bump}\0${operation ?? ''}\0${change.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push(change);
  }
  changes.push(...securityChanges(before, after));
  changes.sort((a, b) => rank[b.bump] - rank[a.bump]);
  return { bump: highestBump(changes.map((c) => c.bump)), changes };
}
