/**
 * Hand-written comparison of operation security, because api-smart-diff reports `security` edits as
 * annotations (adding a requirement to an open operation comes out as non-breaking). A client that
 * could call an operation before must still be able to call it with the same credentials.
 */
import type { SpecChange } from './spec-change.ts';

type Alternative = ReadonlyMap<string, ReadonlySet<string>>;

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[]`, a missing list and `[{}]` all mean "no credentials needed". */
function alternatives(security: unknown): Alternative[] {
  if (!Array.isArray(security) || security.length === 0) return [new Map()];
  return security
    .filter(isRecord)
    .map(
      (requirement) =>
        new Map(
          Object.entries(requirement).map(([scheme, scopes]) => [
            scheme,
            new Set(Array.isArray(scopes) ? scopes.map(String) : []),
          ]),
        ),
    );
}

/** Credentials that satisfy `held` also satisfy `needed` when `needed` asks for nothing more. */
function covers(held: Alternative, needed: Alternative): boolean {
  for (const [scheme, scopes] of needed) {
    const heldScopes = held.get(scheme);
    if (!heldScopes) return false;
    for (const scope of scopes) if (!heldScopes.has(scope)) return false;
  }
  return true;
}

function describe(alternative: Alternative): string {
  if (alternative.size === 0) return 'no credentials';
  return [...alternative]
    .map(([scheme, scopes]) => (scopes.size ? `${scheme} (${[...scopes].sort().join(', ')})` : scheme))
    .join(' + ');
}

function sameAlternative(a: Alternative, b: Alternative): boolean {
  return covers(a, b) && covers(b, a);
}

function effectiveSecurity(spec: Record<string, unknown>): Map<string, Alternative[]> {
  const result = new Map<string, Alternative[]>();
  const paths = isRecord(spec.paths) ? spec.paths : {};
  for (const [route, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const security = 'security' in operation ? operation.security : spec.security;
      result.set(`${method.toUpperCase()} ${route}`, alternatives(security));
    }
  }
  return result;
}

/** Security changes of operations present in both specs (added/removed operations are reported elsewhere). */
export function securityChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): SpecChange[] {
  const changes: SpecChange[] = [];
  const afterByOperation = effectiveSecurity(after);
  for (const [operation, beforeAlternatives] of effectiveSecurity(before)) {
    const afterAlternatives = afterByOperation.get(operation);
    if (!afterAlternatives) continue;
    for (const held of beforeAlternatives) {
      if (!afterAlternatives.some((needed) => covers(held, needed))) {
        changes.push({
          bump: 'major',
          operation,
          text: `security requirement added: calls made with ${describe(held)} are no longer accepted (now: ${afterAlternatives.map(describe).join(' or ')})`,
        });
      }
    }
    for (const added of afterAlternatives) {
      if (!beforeAlternatives.some((old) => sameAlternative(old, added))) {
        if (changes.some((c) => c.operation === operation && c.bump === 'major')) continue;
        changes.push({ bump: 'minor', operation, text: `security alternative added: ${describe(added)}` });
      }
    }
  }
  return changes;
}
