import { CredentialError } from './errors.js';
import { assertSecret, base64Utf8, readSecret, type Secret } from './secret.js';

export type CredentialKind = 'apiKey' | 'basic' | 'bearer' | 'oauth2';
export const CREDENTIAL_KINDS: readonly CredentialKind[] = ['apiKey', 'basic', 'bearer', 'oauth2'];

export interface ApiKeyCredential {
  readonly kind: 'apiKey';
}
export interface BasicCredential {
  readonly kind: 'basic';
}
export interface BearerCredential {
  readonly kind: 'bearer';
}
export interface OAuth2Credential {
  readonly kind: 'oauth2';
}
export type Credential = ApiKeyCredential | BasicCredential | BearerCredential | OAuth2Credential;

/** What the rest of the package may do with a credential; never reachable from the credential object. */
export interface CredentialInternals {
  /**
   * The value to send without prefix (basic: already base64); `where` names the scheme for errors.
   * A plain string when nothing needs waiting for (a static secret), so callers can skip a turn.
   */
  material(where: string): string | Promise<string>;
  /** See refreshAfterUnauthorized; absent for kinds that cannot refresh (their providers run per request). */
  refreshAfterUnauthorized?(sentValue: string): Promise<boolean>;
}

// Secrets live in closures reachable only through this map, so no reflection on the credential object
// (own keys, JSON, inspect, structuredClone) can reach them.
const internalsByCredential = new WeakMap<object, CredentialInternals>();

const INSPECT_NODE = Symbol.for('nodejs.util.inspect.custom');
const INSPECT_DENO = Symbol.for('Deno.customInspect');

/** The credential object users hold: only `kind` is visible; every rendering shows `[redacted]`. */
class RedactedCredential {
  readonly kind: CredentialKind;
  readonly #label: string;
  readonly #shown: Readonly<Record<string, string>>;

  constructor(kind: CredentialKind, label: string, shown: Readonly<Record<string, string>>) {
    this.kind = kind;
    this.#label = label;
    this.#shown = shown;
    Object.freeze(this);
  }

  toJSON(): Record<string, string> {
    return { kind: this.kind, ...this.#shown };
  }

  toString(): string {
    const fields = Object.entries(this.#shown).map(([key, value]) => `${key}: ${value}`);
    return `${this.#label} { ${fields.join(', ')} }`;
  }

  [INSPECT_NODE](): string {
    return this.toString();
  }

  [INSPECT_DENO](): string {
    return this.toString();
  }
}

export function createCredential<C extends Credential>(
  kind: C['kind'],
  label: string,
  shown: Readonly<Record<string, string>>,
  internals: CredentialInternals,
): C {
  const credential = new RedactedCredential(kind, label, shown);
  internalsByCredential.set(credential, internals);
  return credential as unknown as C;
}

/**
 * Whether `value` is a credential made by this package (`apiKey()`, `basic()`, `bearer()`, `oauth2()`),
 * so a client can refuse anything else when it is made rather than at its first request.
 */
export function isCredential(value: unknown): value is Credential {
  return internalsByCredential.has(value as object);
}

export function internalsOf(credential: unknown, place: string): CredentialInternals {
  // WeakMap.get gives undefined for anything that is not a key, primitives included.
  const internals = internalsByCredential.get(credential as object);
  if (!internals) {
    throw new CredentialError(
      `${place}: not a credential made by @vendor-clients/auth (use apiKey(), basic(), bearer() or oauth2())`,
    );
  }
  return internals;
}

const REDACTED = '[redacted]';

/** An API key sent as-is in the header, query parameter or cookie the scheme names. */
export function apiKey(key: Secret): ApiKeyCredential {
  assertSecret(key, 'apiKey(key): the key');
  return createCredential<ApiKeyCredential>(
    'apiKey',
    'ApiKeyCredential',
    { key: REDACTED },
    {
      material: (where) => readSecret(key, `the API key for ${where}`),
    },
  );
}

/** HTTP basic authentication (RFC 7617): base64 of the UTF-8 `username:password`. */
export function basic(username: Secret, password: Secret): BasicCredential {
  assertSecret(username, 'basic(username, password): the username');
  assertSecret(password, 'basic(username, password): the password');
  if (typeof username === 'string') assertNoColon(username, 'basic(username, password): the username');
  // Two static strings always give the same value: encoded on first use, then reused.
  let encoded: string | undefined;
  return createCredential<BasicCredential>(
    'basic',
    'BasicCredential',
    { username: REDACTED, password: REDACTED },
    {
      material(where) {
        if (typeof username === 'string' && typeof password === 'string') {
          encoded ??= base64Utf8(`${username}:${password}`);
          return encoded;
        }
        return (async () => {
          const user = await readSecret(username, `the basic-auth username for ${where}`);
          assertNoColon(user, `the basic-auth username for ${where}`);
          const pass = await readSecret(password, `the basic-auth password for ${where}`);
          return base64Utf8(`${user}:${pass}`);
        })();
      },
    },
  );
}

/** A bearer token (RFC 6750), e.g. a JWT or a personal access token. */
export function bearer(token: Secret): BearerCredential {
  assertSecret(token, 'bearer(token): the token');
  return createCredential<BearerCredential>(
    'bearer',
    'BearerCredential',
    { token: REDACTED },
    {
      material: (where) => readSecret(token, `the bearer token for ${where}`),
    },
  );
}

// RFC 7617: the user-id ends at the first colon, so a colon in it would shift part into the password.
function assertNoColon(username: string, what: string): void {
  if (username.includes(':'))
    throw new CredentialError(`${what} contains a colon, which basic auth cannot carry`);
}
