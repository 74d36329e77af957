import { CredentialError } from './errors.js';

/** A secret value, or a function called every time it is needed (so rotated secrets are picked up). */
export type Secret = string | (() => string | Promise<string>);

/** Rejects values that are neither a string nor a function, at construction time. */
export function assertSecret(value: unknown, what: string): asserts value is Secret {
  if (typeof value === 'function') return;
  if (typeof value !== 'string') {
    throw new CredentialError(`${what} must be a string or a function returning one, got ${typeName(value)}`);
  }
  checkSecretText(value, what);
}

/**
 * Reads a secret (calling its provider, whose value is checked); `what` names the secret and where it
 * goes. A string secret comes back as is, not in a promise, so callers that can skip a turn do; it was
 * checked when the credential was made (`assertSecret`).
 */
export function readSecret(secret: Secret, what: string): string | Promise<string> {
  return typeof secret === 'function' ? readProvided(secret, what) : secret;
}

async function readProvided(provider: () => string | Promise<string>, what: string): Promise<string> {
  let value: unknown;
  try {
    value = await provider();
  } catch (cause) {
    throw new CredentialError(`the provider of ${what} threw`, { cause });
  }
  if (typeof value !== 'string') {
    throw new CredentialError(`the provider of ${what} returned ${typeName(value)} instead of a string`);
  }
  checkSecretText(value, what);
  return value;
}

// A CR or LF would let a secret inject extra header lines; NUL is cut off by many servers.
const FORBIDDEN = /[\r\n\0]/;

export function checkSecretText(value: string, what: string): void {
  if (value === '') throw new CredentialError(`${what} is empty`);
  if (FORBIDDEN.test(value)) {
    throw new CredentialError(`${what} contains a CR, LF or NUL character, which is not allowed`);
  }
}

/** Base64 of the UTF-8 bytes, with Web APIs only (no Buffer) so it runs in browsers, Deno and Bun. */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
