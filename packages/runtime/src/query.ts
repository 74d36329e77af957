/**
 * The query string openapi-fetch's default serialiser makes (`form` style with `explode` for arrays,
 * `deepObject` for objects, every value percent-encoded, names as given), written out here so a
 * client that never uses `raw` does not carry openapi-fetch. `query.test.ts` holds it to openapi-fetch's
 * own output.
 */
export function serializeQuery(
  operationId: string,
  query: Readonly<Record<string, unknown>> | undefined,
): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) parts.push(value.map((item) => pair(operationId, name, name, item)).join('&'));
    } else if (typeof value === 'object') {
      const entries: string[] = [];
      for (const key in value) {
        entries.push(pair(operationId, name, `${name}[${key}]`, (value as Record<string, unknown>)[key]));
      }
      parts.push(entries.join('&'));
    } else parts.push(pair(operationId, name, name, value));
  }
  return parts.join('&');
}

function pair(operationId: string, parameter: string, name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    throw new TypeError(
      `${operationId}: query parameter "${parameter}" nests an array or object inside another; only one level is sent`,
    );
  }
  return `${name}=${encodeURIComponent(value as string | number | boolean)}`;
}

/**
 * Serialises an operation's query parameters. Named by an operation's `encodeQuery`: the generator names
 * one for every operation with query parameters, so a bundle carries only the encoders its operations use.
 */
export type QueryEncoder = (operationId: string, query: Readonly<Record<string, unknown>>) => string;

/** The query as openapi-fetch's default serialiser writes it (`serializeQuery`). */
export const defaultQuery: QueryEncoder = serializeQuery;
