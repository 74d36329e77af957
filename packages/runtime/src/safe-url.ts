/** A URL fit for error messages and logs: no user info, credential query parameters masked. */
export function safeUrl(url: string, credentialQueryNames: ReadonlySet<string>): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '[invalid url]';
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of credentialQueryNames) {
    if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '[redacted]');
  }
  return parsed.toString();
}
