const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of each secret in `text` (also in its percent-encoded form, as secrets
 * end up in URLs and form bodies) with `[redacted]`. Empty secrets are ignored.
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret === '') continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  // Longest first, so a secret that contains another one is removed whole.
  let result = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    result = result.split(needle).join(REDACTED);
  }
  return result;
}
