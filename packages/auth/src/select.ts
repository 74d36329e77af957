import type { SchemeBinding } from './bindings.js';
import type { Credential } from './credential.js';
import { CredentialError } from './errors.js';

export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/**
 * Picks the first alternative of an operation's `security` whose every scheme has a binding fed by one
 * of the credentials (the first credential of the binding's kind). An empty alternative `{}`, an empty
 * `security` or none at all means "no auth needed" and gives []. Returns null if nothing is satisfiable.
 */
export function selectSecurity(
  security: readonly SecurityRequirement[] | undefined,
  bindings: readonly SchemeBinding[],
  credentials: readonly Credential[],
): Array<{ binding: SchemeBinding; credential: Credential }> | null {
  if (security === undefined || security.length === 0) return [];
  if (!Array.isArray(security)) throw new CredentialError('selectSecurity: security must be an array');
  for (const alternative of security) {
    const picked = satisfy(alternative, bindings, credentials);
    if (picked) return picked;
  }
  return null;
}

function satisfy(
  alternative: SecurityRequirement,
  bindings: readonly SchemeBinding[],
  credentials: readonly Credential[],
): Array<{ binding: SchemeBinding; credential: Credential }> | null {
  const picked: Array<{ binding: SchemeBinding; credential: Credential }> = [];
  for (const scheme of Object.keys(alternative)) {
    let found: { binding: SchemeBinding; credential: Credential } | undefined;
    for (const binding of bindings) {
      if (binding.scheme !== scheme) continue;
      const credential = credentials.find((c) => c?.kind === binding.kind);
      if (credential) {
        found = { binding, credential };
        break;
      }
    }
    if (!found) return null;
    picked.push(found);
  }
  return picked;
}
