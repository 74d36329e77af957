/** One request of a redirect chain. */
export interface Hop {
  readonly url: string;
  readonly method: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
  /** Once a chain has left the configured origin, credentials stay off for the rest of it (absent: not left). */
  readonly credentialsDropped?: boolean;
}

export const MAX_REDIRECTS = 20;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function isRedirectStatus(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** Headers that always carry credentials, beside the ones the security schemes name. */
export const ALWAYS_CREDENTIAL_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
];

const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

/**
 * The request to send after a redirect, following the fetch standard's method rules (303 -> GET;
 * 301/302 turn POST into GET; 307/308 keep method and body) and dropping every credential header and
 * credential query parameter when the target is not the configured origin.
 */
export function nextHop(
  previous: Hop,
  status: number,
  location: string,
  baseOrigin: string,
  credentialHeaders: ReadonlySet<string>,
  credentialQueryNames: ReadonlySet<string>,
): Hop {
  const url = new URL(location, previous.url);
  const headers: Record<string, string> = { ...previous.headers };
  let { method, body } = previous;
  if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
    method = 'GET';
    body = undefined;
    for (const name of BODY_HEADERS) delete headers[name];
  }
  const credentialsDropped = previous.credentialsDropped || url.origin !== baseOrigin;
  if (credentialsDropped) {
    for (const name of credentialHeaders) delete headers[name];
    // A Location may carry the query it was reached with, API key included.
    for (const name of credentialQueryNames) url.searchParams.delete(name);
  }
  return { url: url.toString(), method, headers, body, credentialsDropped };
}
