import { checkBinding, type SchemeBinding } from './bindings.js';
import { type Credential, internalsOf } from './credential.js';
import { CredentialError } from './errors.js';

/** What a client sends for one binding: see `credentialSource`. */
export interface CredentialSource {
  /**
   * The value to send, prefix included: a plain string when nothing needs waiting for (so a caller can
   * skip a turn), else a promise; providers are called every time, so rotated secrets are picked up.
   */
  value(): string | Promise<string>;
  /** After a 401 for a request that carried `sentValue`: see `refreshAfterUnauthorized`. */
  refresh(sentValue: string): Promise<boolean>;
}

/**
 * What to send for one binding, checked once: the credential against the binding's kind. Clients make
 * one per operation's chosen credential, not one per request. The binding is taken as given: generated
 * clients get theirs from `bindSecuritySchemes`, and whoever accepts one from a user checks it first
 * with `checkBinding` (as `resolveCredential` and the runtime's `createClientCore` do), so a bundle
 * that only runs generated bindings does not carry the check.
 */
export function credentialSource(credential: Credential, binding: SchemeBinding): CredentialSource {
  const where = `security scheme "${binding.scheme}"`;
  const internals = internalsOf(credential, `resolveCredential for ${where}`);
  if (credential.kind !== binding.kind) {
    throw new CredentialError(`${where} takes a ${binding.kind} credential, got ${credential.kind}`);
  }
  const prefix = binding.prefix ?? '';
  const checked = (material: string): string => {
    const value = prefix + material;
    // fetch only accepts header values made of bytes; say so here rather than with a TypeError later.
    if (binding.in === 'header' && /[^\0-\xff]/.test(value)) {
      throw new CredentialError(
        `the ${credential.kind} credential for ${where} has a character outside Latin-1, which an HTTP header cannot carry`,
      );
    }
    return value;
  };
  return {
    value() {
      const material = internals.material(where);
      return typeof material === 'string' ? checked(material) : material.then(checked);
    },
    refresh: async (sentValue) => (await internals.refreshAfterUnauthorized?.(sentValue)) ?? false,
  };
}

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
  checkBinding(binding, 'resolveCredential');
  return { name: binding.name, value: await credentialSource(credential, binding).value() };
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
  return (await internals.refreshAfterUnauthorized?.(sentValue)) ?? false;
}
