/**
 * A credential could not be used: wrong kind for a scheme, a malformed or empty secret, a provider
 * that failed. Messages name the scheme or option at fault and never contain a secret.
 */
export class CredentialError extends Error {
  override name = 'CredentialError';
}

export interface OAuth2ErrorDetails {
  /** HTTP status of the token response; undefined when no response arrived (network, redirect). */
  readonly status?: number;
  /** The server's `error` code, e.g. `invalid_grant`. */
  readonly error?: string;
  /** The server's `error_description`, with every known secret redacted. */
  readonly errorDescription?: string;
  readonly cause?: unknown;
}

/** The token endpoint refused or could not be reached, or answered something that is not a token. */
export class OAuth2Error extends CredentialError {
  override name = 'OAuth2Error';
  readonly status: number | undefined;
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;

  constructor(message: string, details: OAuth2ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.error = details.error;
    this.errorDescription = details.errorDescription;
  }
}
