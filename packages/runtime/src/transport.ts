/**
 * The seam between the runtime's request policy (auth, redirects, retries, timeouts) and whatever moves
 * the bytes. The default is `fetchTransport` (global `fetch`, so browsers, Deno and Bun work as they
 * are); Node can use the undici-based transport from `@vendor-clients/runtime/node`.
 */

/**
 * What the default transport passes a `fetch` as its second argument, as code calling the platform's
 * `fetch(url, init)` would: headers (credentials included) as a plain object with lower-case names, so a
 * wrapper's `{ ...init.headers, 'x-extra': '1' }` keeps them; a fresh object per request, the wrapper's
 * to change. `redirect` is `'manual'`: the runtime follows redirects itself (dropping credentials off
 * the configured origin), so a wrapper passes it on as it is.
 */
export interface FetchInit extends RequestInit {
  method: string;
  headers: Record<string, string>;
  redirect: 'manual';
  /** Aborts the request and its body: the caller's signal joined with the attempt's timeout. */
  signal?: AbortSignal;
}

/**
 * A `fetch` for the default transport, called exactly as the platform's: `fetch(url, init)`. The
 * platform's `fetch` fits, and so does a wrapper of it:
 * `(url, init) => fetch(url, { ...init, headers: { ...init.headers, 'x-extra': '1' } })`.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<Response>;

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

/**
 * Offered by the runtime's own Node transport beside `send`: the same, without a signal; the runtime's
 * pipeline aborts a timed-out attempt by calling what it hands `onAbort`. On Node an AbortSignal costs
 * microseconds to make and to follow, per attempt; this way only a caller's own signal costs that.
 */
export const SEND_WITHOUT_SIGNAL: unique symbol = Symbol.for('vendor-clients.send-without-signal.1');

/** Moves one request and its response. It does not follow redirects, retry, or add credentials. */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Closes pooled connections. After this the transport sends nothing more. */
  close(): Promise<void>;
  [SEND_WITHOUT_SIGNAL]?(
    request: Omit<HttpRequest, 'signal'>,
    onAbort: (abort: () => void) => void,
  ): Promise<HttpResponse>;
}

/**
 * The default transport: a `fetch` (looked up at call time) called as `fetch(url, init)`, with
 * `redirect: 'manual'`. Called that way the platform's `fetch` builds its one `Request` from it, where a
 * `Request` built here would be copied into a second one (undici copies it and re-follows its signal,
 * about 15 µs a call on Node 20).
 */
export function fetchTransport(fetchOf: () => FetchLike): Transport {
  return {
    async send(request) {
      const init: FetchInit = {
        method: request.method,
        headers: { ...request.headers },
        redirect: 'manual',
      };
      // A Uint8Array is a valid body; TypeScript's DOM lib only lists ArrayBuffer-backed views.
      if (request.body !== undefined) init.body = request.body as BodyInit;
      if (request.signal) init.signal = request.signal;
      return new FetchResponse(await fetchOf()(request.url, init));
    },
    close: async () => {},
  };
}

/** A fetch `Response` as the runtime reads it (a class: no closures to allocate per response). */
class FetchResponse implements HttpResponse {
  readonly status: number;
  readonly headers: HeaderReader;

  constructor(private readonly response: Response) {
    this.status = response.status;
    this.headers = response.headers;
  }

  get opaqueRedirect(): boolean {
    return this.response.type === 'opaqueredirect';
  }

  text(): Promise<string> {
    return this.response.text();
  }

  async discard(): Promise<void> {
    try {
      await this.response.body?.cancel();
    } catch {
      // The body is unwanted; a failure to cancel it changes nothing.
    }
  }

  toResponse(): Response {
    return this.response;
  }
}
