import { createCredential, type OAuth2Credential } from './credential.js';
import { CredentialError, OAuth2Error } from './errors.js';
import { redactSecrets } from './redact.js';
import { assertSecret, base64Utf8, checkSecretText, readSecret, type Secret } from './secret.js';

export interface OAuth2Tokens {
  accessToken: string;
  refreshToken?: string;
  /** Milliseconds since the epoch; undefined when the server gave no `expires_in`. */
  expiresAt?: number;
}

export interface OAuth2Options {
  /** The token endpoint; https, or http on a loopback host. */
  tokenUrl: string;
  clientId: Secret;
  /** Sent with HTTP basic (client_secret_basic); without it `client_id` goes in the body. */
  clientSecret?: Secret;
  grant: 'client_credentials' | 'refresh_token';
  /** Required for the refresh_token grant; replaced by the server's rotated token when it sends one. */
  refreshToken?: Secret;
  scope?: string | string[];
  /** A token you already have (e.g. from an authorization-code login); used until it expires. */
  accessToken?: string;
  /** Expiry of `accessToken`, milliseconds since the epoch. */
  expiresAt?: number;
  /** Refresh this long before expiry. Default 30_000. */
  refreshSkewMs?: number;
  /** Default: the global fetch, looked up at each token request. */
  fetch?: typeof fetch;
  /** Clock in milliseconds since the epoch. Default: Date.now. */
  now?: () => number;
  /** Called after every successful token response, e.g. to persist a rotated refresh token. */
  onTokens?: (tokens: OAuth2Tokens) => void;
}

const GRANTS = ['client_credentials', 'refresh_token'] as const;
const DEFAULT_SKEW_MS = 30_000;
const MAX_DESCRIPTION = 500;

/** `OAuth2Options` where `tokenUrl` has a default (the token endpoint of the API's spec). */
export type OAuth2DefaultedOptions = Omit<OAuth2Options, 'tokenUrl'> & {
  /** The token endpoint; default: the one the API's spec names. */
  tokenUrl?: string;
};

/**
 * `oauth2()` whose `tokenUrl` defaults to `tokenUrl`: what a vendor package whose spec names its token
 * endpoint exports as its `oauth2`. A `tokenUrl` in the options overrides it.
 */
export function oauth2WithTokenUrl(tokenUrl: string): (options: OAuth2DefaultedOptions) => OAuth2Credential {
  return (options) =>
    oauth2(
      typeof options === 'object' && options !== null
        ? { ...options, tokenUrl: options.tokenUrl ?? tokenUrl }
        : (options as unknown as OAuth2Options),
    );
}

/** OAuth2 access tokens from a token endpoint, cached and refreshed before they expire. */
export function oauth2(options: OAuth2Options): OAuth2Credential {
  const cache = new TokenCache(validateOptions(options));
  return createCredential<OAuth2Credential>(
    'oauth2',
    'OAuth2Credential',
    { grant: options.grant, clientId: '[redacted]', accessToken: '[redacted]' },
    {
      material: () => cache.accessToken(),
      refreshAfterUnauthorized: (sentValue) => cache.refreshAfterUnauthorized(sentValue),
    },
  );
}

class TokenCache {
  readonly #options: OAuth2Options;
  readonly #url: URL;
  readonly #now: () => number;
  readonly #skewMs: number;
  #accessToken: string | undefined;
  #expiresAt: number | undefined;
  /** The latest refresh token the server handed out; until then options.refreshToken is read. */
  #rotatedRefreshToken: string | undefined;
  #inFlight: Promise<string> | undefined;
  /** The sent value whose refresh failed, so a second 401 for it does not ask again. */
  #failedFor: string | undefined;
  /** Every secret value seen, for redacting what the server echoes back. */
  readonly #seenSecrets = new Set<string>();

  constructor(options: OAuth2Options) {
    this.#options = options;
    this.#url = new URL(options.tokenUrl);
    this.#now = options.now ?? Date.now;
    this.#skewMs = options.refreshSkewMs ?? DEFAULT_SKEW_MS;
    this.#accessToken = options.accessToken;
    this.#expiresAt = options.expiresAt;
    if (options.accessToken !== undefined) this.#seenSecrets.add(options.accessToken);
  }

  async accessToken(): Promise<string> {
    const token = this.#accessToken;
    if (token !== undefined && !this.#isExpiring()) return token;
    return this.#refresh();
  }

  async refreshAfterUnauthorized(sentValue: string): Promise<boolean> {
    const current = this.#accessToken;
    // Someone already replaced the rejected token: just retry with the current one.
    if (current !== undefined && !carries(sentValue, current)) return true;
    if (this.#failedFor === sentValue) return false;
    try {
      const fresh = await this.#refresh();
      // Same token again means the server cannot do better; retrying would loop.
      return !carries(sentValue, fresh);
    } catch {
      this.#failedFor = sentValue;
      return false;
    }
  }

  #isExpiring(): boolean {
    return this.#expiresAt !== undefined && this.#now() >= this.#expiresAt - this.#skewMs;
  }

  /** One token request at a time: concurrent callers share the promise of the one in flight. */
  #refresh(): Promise<string> {
    this.#inFlight ??= this.#requestTokens().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #requestTokens(): Promise<string> {
    const options = this.#options;
    const endpoint = `${this.#url.origin}${this.#url.pathname}`;
    const body = new URLSearchParams({ grant_type: options.grant });
    if (options.grant === 'refresh_token') {
      const refreshToken =
        this.#rotatedRefreshToken ??
        (await this.#read(options.refreshToken as Secret, 'the oauth2 refreshToken'));
      body.set('refresh_token', refreshToken);
    }
    if (options.scope !== undefined) {
      body.set('scope', Array.isArray(options.scope) ? options.scope.join(' ') : options.scope);
    }
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    const clientId = await this.#read(options.clientId, 'the oauth2 clientId');
    if (options.clientSecret === undefined) {
      body.set('client_id', clientId);
    } else {
      const clientSecret = await this.#read(options.clientSecret, 'the oauth2 clientSecret');
      // RFC 6749 §2.3.1: both parts are form-urlencoded before the basic encoding.
      headers.authorization = `Basic ${base64Utf8(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`;
    }

    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      // A redirect would carry the client secret and refresh token somewhere we were not told to send them.
      response = await fetchImpl(this.#url.href, {
        method: 'POST',
        headers,
        body: body.toString(),
        redirect: 'error',
      });
      text = await response.text();
    } catch (cause) {
      throw new OAuth2Error(
        `oauth2 token request to ${endpoint} failed: ${this.#redact(errorMessage(cause))}`,
        { cause },
      );
    }

    const json = parseJsonObject(text);
    if (!response.ok) {
      const error = typeof json?.error === 'string' ? this.#redact(json.error).slice(0, 100) : undefined;
      const rawDescription = json?.error_description;
      const errorDescription =
        typeof rawDescription === 'string'
          ? this.#redact(rawDescription).slice(0, MAX_DESCRIPTION)
          : undefined;
      const detail = `${error ? `: ${error}` : ''}${errorDescription ? ` (${errorDescription})` : ''}`;
      throw new OAuth2Error(
        `oauth2 token request to ${endpoint} failed with HTTP ${response.status}${detail}`,
        { status: response.status, error, errorDescription },
      );
    }
    const fail = (problem: string): never => {
      throw new OAuth2Error(`oauth2 token response from ${endpoint} ${problem}`, { status: response.status });
    };
    if (!json) return fail('is not a JSON object');

    const accessToken = json.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') return fail('has no access_token');
    if (/[\r\n\0]/.test(accessToken)) return fail('has an access_token with a CR, LF or NUL character');
    this.#seenSecrets.add(accessToken);
    const tokenType = json.token_type;
    if (tokenType !== undefined && (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer')) {
      return fail(
        `has token_type ${JSON.stringify(String(tokenType)).slice(0, 40)}; only bearer is supported`,
      );
    }
    const expiresIn = parseExpiresIn(json.expires_in);
    if (expiresIn === null) return fail('has an expires_in that is not a non-negative number of seconds');
    const refreshToken = json.refresh_token;
    if (refreshToken !== undefined && (typeof refreshToken !== 'string' || /[\r\n\0]/.test(refreshToken))) {
      return fail('has a refresh_token that is not a plain string');
    }

    this.#accessToken = accessToken;
    this.#expiresAt = expiresIn === undefined ? undefined : this.#now() + expiresIn * 1000;
    if (refreshToken) {
      this.#rotatedRefreshToken = refreshToken;
      this.#seenSecrets.add(refreshToken);
    }
    this.#failedFor = undefined;
    const tokens: OAuth2Tokens = { accessToken };
    const currentRefresh = this.#rotatedRefreshToken;
    if (currentRefresh !== undefined) tokens.refreshToken = currentRefresh;
    if (this.#expiresAt !== undefined) tokens.expiresAt = this.#expiresAt;
    options.onTokens?.(tokens);
    return accessToken;
  }

  async #read(secret: Secret, what: string): Promise<string> {
    const value = await readSecret(secret, what);
    this.#seenSecrets.add(value);
    return value;
  }

  #redact(text: string): string {
    return redactSecrets(text, this.#seenSecrets);
  }
}

/** True if `sentValue` is `token`, alone or after a scheme prefix such as `Bearer `. */
function carries(sentValue: string, token: string): boolean {
  if (sentValue === token) return true;
  return sentValue.endsWith(token) && sentValue.charAt(sentValue.length - token.length - 1) === ' ';
}

function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** undefined = absent, null = present but unusable. Some servers send it as a numeric string. */
function parseExpiresIn(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function validateOptions(options: OAuth2Options): OAuth2Options {
  if (typeof options !== 'object' || options === null) {
    throw new CredentialError('oauth2(options): options must be an object');
  }
  const bad = (option: string, problem: string): never => {
    throw new CredentialError(`oauth2(options): ${option} ${problem}`);
  };
  if (typeof options.tokenUrl !== 'string') bad('tokenUrl', 'must be a string');
  let url: URL | undefined;
  try {
    url = new URL(options.tokenUrl);
  } catch {
    bad('tokenUrl', 'is not an absolute URL');
  }
  if (url) {
    const secure =
      url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    if (!secure) bad('tokenUrl', 'must use https (plain http is allowed only for localhost)');
    if (url.username || url.password)
      bad('tokenUrl', 'must not contain credentials; use clientId/clientSecret');
  }
  assertSecret(options.clientId, 'oauth2(options): clientId');
  if (options.clientSecret !== undefined) assertSecret(options.clientSecret, 'oauth2(options): clientSecret');
  if (!GRANTS.includes(options.grant)) bad('grant', `must be one of ${GRANTS.join(', ')}`);
  if (options.grant === 'refresh_token' && options.refreshToken === undefined) {
    bad('refreshToken', 'is required for the refresh_token grant');
  }
  if (options.refreshToken !== undefined) assertSecret(options.refreshToken, 'oauth2(options): refreshToken');
  const { scope } = options;
  if (scope !== undefined) {
    // RFC 6749 §3.3: space-separated tokens of printable ASCII without `"` and `\`.
    const scopes = Array.isArray(scope) ? scope : typeof scope === 'string' ? scope.split(' ') : [scope];
    if (scopes.length === 0 || !scopes.every((s) => typeof s === 'string' && SCOPE_TOKEN.test(s))) {
      bad('scope', 'must be space-separated scope tokens or an array of them (printable ASCII, no quotes)');
    }
  }
  if (options.accessToken !== undefined) {
    if (typeof options.accessToken !== 'string') bad('accessToken', 'must be a string');
    checkSecretText(options.accessToken, 'oauth2(options): accessToken');
  }
  if (options.expiresAt !== undefined && !Number.isFinite(options.expiresAt)) {
    bad('expiresAt', 'must be a finite number (milliseconds since the epoch)');
  }
  const skew = options.refreshSkewMs;
  if (skew !== undefined && !(Number.isFinite(skew) && skew >= 0)) {
    bad('refreshSkewMs', 'must be a non-negative number of milliseconds');
  }
  for (const fn of ['fetch', 'now', 'onTokens'] as const) {
    if (options[fn] !== undefined && typeof options[fn] !== 'function') bad(fn, 'must be a function');
  }
  return { ...options };
}
