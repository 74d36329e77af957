import type { SchemeBinding } from './bindings.js';
import { CREDENTIAL_KINDS, type Credential, internalsOf } from './credential.js';
import { CredentialError } from './errors.js';

/**
 * The value to send for one binding, e.g. { name: 'Authorization', value: 'Basic dXNlcjpwYXNz' }.
 * Providers are called on every call, so rotated secrets are picked up. The value is raw: whoever puts
 * it in a query string or cookie encodes it. Throws CredentialError (naming the scheme, never the
 * secret) for an empty secret, a CR/LF/NUL in one, or a credential of the wrong kind.
 */
export async function resolveCredential(
  credential: Credential,
  binding: SchemeBinding,
): Promise<{ name: string; value: string }> {
  assertBinding(binding);
  const where = `security scheme "${binding.scheme}"`;
  const internals = internalsOf(credential, `resolveCredential for ${where}`);
  if (credential.kind !== binding.kind) {
    throw new CredentialError(`${where} takes a ${binding.kind} credential, got ${credential.kind}`);
  }
  const material = internals.material(where);
  const value = `${binding.prefix ?? ''}${typeof material === 'string' ? material : await material}`;
  // fetch only accepts header values made of bytes; say so here rather than with a TypeError later.
  if (binding.in === 'header' && /[\u0100-\uffff]/.test(value)) {
    throw new CredentialError(
      `the ${credential.kind} credential for ${where} has a character outside Latin-1, which an HTTP header cannot carry`,
    );
  }
  return { name: binding.name, value };
}

/**
 * Called after a 401 for a request that carried `sentValue` (the value resolveCredential gave, with or
 * without its prefix). Resolves true if a fresh value is now available: for oauth2, the cached token
 * already differs, or one refresh (shared by concurrent callers) produced a new one. Resolves false
 * otherwise, including when that refresh failed or was already tried for this value, so callers never
 * loop. apiKey, basic and bearer credentials always give false: their providers run on every request.
 */
export async function refreshAfterUnauthorized(credential: Credential, sentValue: string): Promise<boolean> {
  const internals = internalsOf(credential, 'refreshAfterUnauthorized');
  if (typeof sentValue !== 'string') {
    throw new CredentialError('refreshAfterUnauthorized: sentValue must be the string that was sent');
  }
  return internals.refreshAfterUnauthorized(sentValue);
}

const LOCATIONS = new Set<unknown>(['header', 'query', 'cookie']);

function assertBinding(binding: SchemeBinding): void {
  if (typeof binding !== 'object' || binding === null) {
    throw new CredentialError('resolveCredential: binding must be a SchemeBinding object');
  }
  const bad = (problem: string): never => {
    throw new CredentialError(
      `resolveCredential: binding for security scheme "${String(binding.scheme)}" ${problem}`,
    );
  };
  if (typeof binding.scheme !== 'string' || binding.scheme === '') bad('has no scheme name');
  if (!CREDENTIAL_KINDS.includes(binding.kind)) bad(`has unknown kind ${JSON.stringify(binding.kind)}`);
  if (!LOCATIONS.has(binding.in)) bad(`has unknown in ${JSON.stringify(binding.in)}`);
  if (typeof binding.name !== 'string' || binding.name === '') bad('has no name');
  if (binding.prefix !== undefined && typeof binding.prefix !== 'string')
    bad('has a prefix that is not a string');
}
