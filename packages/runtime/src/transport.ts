/**
 * The seam between the runtime's request policy (auth, redirects, retries, timeouts) and whatever moves
 * the bytes. The default is `fetchTransport` (global `fetch`, so browsers, Deno and Bun work as they
 * are); Node can use the undici-based transport from `@vendor-clients/runtime/node`.
 */

/** A fetch as the default transport calls it: one `Request`, never following redirects itself. */
export type FetchLike = (input: Request) => Promise<Response>;

/** One request as a transport gets it: final URL, credentials already applied, redirects not followed. */
export interface HttpRequest {
  readonly url: string;
  readonly method: string;
  /** Header names are lower-case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
  /** Aborts the request and the reading of its response body (caller abort or the per-attempt timeout). */
  readonly signal: AbortSignal | undefined;
}

/** The part of `Headers` the runtime reads. */
export interface HeaderReader {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** A response whose body has not been read yet; read it once, by exactly one of the methods. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: HeaderReader;
  /** True for a browser's opaque redirect (`redirect: 'manual'`), which cannot be followed. */
  readonly opaqueRedirect?: boolean;
  text(): Promise<string>;
  /** Throws the body away so the connection can be reused or closed. */
  discard(): Promise<void>;
  /** The response as a WHATWG `Response` (body streamed, not buffered), for openapi-fetch and `raw` callers. */
  toResponse(): Response;
}

/** Moves one request and its response. It does not follow redirects, retry, or add credentials. */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Closes pooled connections. After this the transport sends nothing more. */
  close(): Promise<void>;
}

/** The default transport: a `fetch` (looked up at call time) with `redirect: 'manual'`. */
export function fetchTransport(fetchOf: () => FetchLike): Transport {
  return {
    async send(request) {
      const response = await fetchOf()(
        new Request(request.url, {
          method: request.method,
          headers: request.headers,
          // A Uint8Array is a valid body; TypeScript's DOM lib only lists ArrayBuffer-backed views.
          body: (request.body ?? null) as BodyInit | null,
          signal: request.signal ?? null,
          redirect: 'manual',
        }),
      );
      return fromFetchResponse(response);
    },
    close: async () => {},
  };
}

function fromFetchResponse(response: Response): HttpResponse {
  return {
    status: response.status,
    headers: response.headers,
    opaqueRedirect: response.type === 'opaqueredirect',
    text: () => response.text(),
    discard: async () => {
      try {
        await response.body?.cancel();
      } catch {
        // The body is unwanted; a failure to cancel it changes nothing.
      }
    },
    toResponse: () => response,
  };
}
