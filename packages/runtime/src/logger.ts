import type { SentSecrets } from '@vendor-clients/auth';

/** Where the client's debug lines go; e.g. `{ debug: console.debug }`. */
export interface Logger {
  debug(message: string): void;
}

/**
 * Wraps a logger so every line has the credential values this client has sent replaced. The set is
 * filled as credentials are resolved, so it covers secrets from callbacks and refreshed tokens too.
 */
export function redactingLogger(logger: Logger | undefined, secrets: SentSecrets): (line: string) => void {
  if (!logger) return () => {};
  return (line) => logger.debug(secrets.redact(line));
}
