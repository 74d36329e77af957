import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher, util } from 'undici';
import {
  type HeaderReader,
  type HttpRequest,
  type HttpResponse,
  SEND_WITHOUT_SIGNAL,
  type Transport,
} from './transport.js';

export type { HttpRequest, HttpResponse, Transport } from './transport.js';

export interface NodeTransportOptions {
  /** Most sockets kept open per origin (default 16). */
  connections?: number;
  /** How long an idle keep-alive socket stays open, in ms (default 4000, as undici). */
  keepAliveTimeoutMs?: number;
  /**
   * An undici dispatcher to send through instead (for example a `ProxyAgent`); it must not follow
   * redirects itself. The caller owns it: `close()` leaves it open.
   */
  dispatcher?: Dispatcher;
}

/**
 * A transport for Node on undici's dispatcher: keep-alive connection pools per origin, and nothing
 * between the socket and the runtime but a handler (no streams, no WHATWG Request or Response unless a
 * `raw` caller asks for one). Close it when done with every client that uses it.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const owned = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Agent({
      connections: positive('connections', options.connections ?? 16),
      keepAliveTimeout: positive('keepAliveTimeoutMs', options.keepAliveTimeoutMs ?? 4000),
    });
  return {
    send: (request) => dispatch(dispatcher, request, request.signal),
    // The runtime's pipeline aborts a timed-out attempt through `onAbort`: no AbortSignal to make and follow.
    [SEND_WITHOUT_SIGNAL]: (request: Omit<HttpRequest, 'signal'>, onAbort: (abort: () => void) => void) =>
      dispatch(dispatcher, request, undefined, onAbort),
    close: async () => {
      if (owned) await dispatcher.close();
    },
  } as Transport;
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`createNodeTransport: ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** Origin and path of an absolute URL the runtime built (already normalised, so no parsing needed). */
function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  if (slash === -1) {
    const query = url.indexOf('?');
    return query === -1
      ? { origin: url, path: '/' }
      : { origin: url.slice(0, query), path: `/${url.slice(query)}` };
  }
  return { origin: url.slice(0, slash), path: url.slice(slash) };
}

/**
 * One request on undici's `dispatch` (its own `request()` builds a Readable body stream and an
 * AsyncResource per request, the larger part of its cost). Resolves with the response once its headers
 * are in; the body is buffered for `text()` or streamed by `toResponse()`. Aborted by `signal` (a
 * caller's), or by the function handed to `onAbort` (the runtime's timeout).
 */
function dispatch(
  dispatcher: Dispatcher,
  request: Omit<HttpRequest, 'signal'>,
  signal: AbortSignal | undefined,
  onAbort?: (abort: () => void) => void,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    let response: UndiciResponse | undefined;
    let abortRequest: ((reason?: Error) => void) | undefined;
    let reason: Error | undefined;
    const abort = (why: unknown) => {
      reason ??= why instanceof Error ? why : new Error('aborted', { cause: why });
      // Still queued for a socket: fail now; onConnect aborts it when its turn comes.
      if (abortRequest) abortRequest(reason);
      else settle(reason);
    };
    const onSignal = () => abort(signal!.reason);
    const settle = (error?: Error) => {
      signal?.removeEventListener('abort', onSignal);
      if (!response) reject(error);
      else response.settle(error);
    };
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', onSignal);
    onAbort?.(() => abort(new Error('timed out')));
    const { origin, path } = splitUrl(request.url);
    dispatcher.dispatch(
      {
        origin,
        path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body ?? null,
      },
      {
        // undici's handler callbacks as its own clients call them (also what dispatchers of undici 6 take).
        onConnect(abortFn: (reason?: Error) => void) {
          abortRequest = abortFn;
          if (reason) abortFn(reason);
        },
        onHeaders(status: number, rawHeaders: Buffer[], resume: () => void) {
          if (status < 200) return true; // 1xx: informational, the response follows
          response = new UndiciResponse(status, util.parseHeaders(rawHeaders), resume, () =>
            abort(undefined),
          );
          resolve(response);
          return true;
        },
        onData: (chunk: Buffer) => response!.push(chunk),
        onComplete: () => settle(),
        onError: (error: Error) => settle(error),
      } as Dispatcher.DispatchHandler,
    );
  });
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** What `discard()` reads away to keep the connection; a longer body closes it instead (as undici's `dump`). */
const DISCARD_LIMIT = 128 * 1024;

/** A response whose body arrives through `push`, then `settle`. */
class UndiciResponse implements HttpResponse {
  readonly headers: HeaderReader;
  #chunks: Buffer[] = [];
  /** Undefined while the body is arriving, null once complete, the error if it failed. */
  #end: Error | null | undefined;
  #waiting: Array<() => void> = [];
  #stream: ReadableStreamDefaultController<Uint8Array> | undefined;
  /** Bytes thrown away by `discard()`, or -1 while the body is kept. */
  #dropped = -1;

  constructor(
    readonly status: number,
    private readonly raw: IncomingHttpHeaders,
    private readonly resume: () => void,
    private readonly abort: () => void,
  ) {
    this.headers = new NodeHeaders(raw);
  }

  /** A body chunk; false asks undici to pause until the stream's reader wants more. */
  push(chunk: Buffer): boolean {
    if (this.#dropped >= 0) {
      this.#dropped += chunk.length;
      if (this.#dropped > DISCARD_LIMIT) this.abort();
      return true;
    }
    if (!this.#stream) {
      this.#chunks.push(chunk);
      return true;
    }
    this.#stream.enqueue(chunk);
    return (this.#stream.desiredSize ?? 1) > 0;
  }

  settle(error?: Error): void {
    this.#end = error ?? null;
    if (this.#stream) {
      if (error) this.#stream.error(error);
      else this.#stream.close();
    }
    for (const wake of this.#waiting.splice(0)) wake();
  }

  #ended(): Promise<void> {
    if (this.#end === undefined) return new Promise((wake) => this.#waiting.push(wake));
    return Promise.resolve();
  }

  async text(): Promise<string> {
    await this.#ended();
    if (this.#end) throw this.#end;
    const chunks = this.#chunks;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    // A UTF-8 byte order mark is not text, as fetch's text() and undici's own body mixin agree.
    const start = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
    return body.toString('utf8', start);
  }

  async discard(): Promise<void> {
    if (this.#dropped < 0) this.#dropped = this.#chunks.splice(0).reduce((n, c) => n + c.length, 0);
    this.resume();
    await this.#ended();
  }

  toResponse(): Response {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.raw)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.append(name, value);
    }
    if (NULL_BODY.has(this.status)) {
      void this.discard();
      return new Response(null, { status: this.status, headers });
    }
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        for (const chunk of this.#chunks.splice(0)) controller.enqueue(chunk);
        if (this.#end === null) controller.close();
        else if (this.#end) controller.error(this.#end);
        else this.#stream = controller;
      },
      pull: () => this.resume(),
      cancel: () => {
        if (this.#end === undefined) this.abort();
      },
    });
    return new Response(stream, { status: this.status, headers });
  }
}

/** Node's header object (lower-case names, arrays for repeated headers) read like `Headers`. */
class NodeHeaders implements HeaderReader {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) callback(value, name);
    }
  }
}
