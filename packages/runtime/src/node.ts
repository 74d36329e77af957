import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher, util } from 'undici';
import {
  type HeaderReader,
  type HttpRequest,
  type HttpResponse,
  SEND_WITHOUT_SIGNAL,
  type Transport,
} from './transport.js';

export { driftFile } from './drift-file.js';
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
    if (signal?.aborted) return reject(signal.reason);
    const exchange = new Exchange(resolve, reject, signal);
    onAbort?.(() => exchange.abort(new Error('timed out')));
    const { origin, path } = splitUrl(request.url);
    dispatcher.dispatch(
      {
        origin,
        path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body ?? null,
      },
      exchange as Dispatcher.DispatchHandler,
    );
  });
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** What `discard()` reads away to keep the connection; a longer body closes it instead (as undici's `dump`). */
const DISCARD_LIMIT = 128 * 1024;

/**
 * One request and its response: undici's handler (the callbacks its own clients use, which dispatchers
 * of undici 6 take too), and, once the headers are in, the response the runtime reads. One object per
 * request, its methods on the prototype: nothing else is allocated per request but the body's chunks.
 */
class Exchange implements HttpResponse {
  status = 0;
  headers!: NodeHeaders;
  #resolve: (response: HttpResponse) => void;
  #reject: (error: unknown) => void;
  #signal: AbortSignal | undefined;
  #onSignal: (() => void) | undefined;
  #abortRequest: ((reason?: Error) => void) | undefined;
  #reason: Error | undefined;
  #resume: (() => void) | undefined;
  #chunks: Buffer[] = [];
  /** Undefined while the body is arriving, null once complete, the error if it failed. */
  #end: Error | null | undefined;
  #waiting: Array<() => void> = [];
  #stream: ReadableStreamDefaultController<Uint8Array> | undefined;
  /** Bytes thrown away by `discard()`, or -1 while the body is kept. */
  #dropped = -1;

  constructor(
    resolve: (response: HttpResponse) => void,
    reject: (error: unknown) => void,
    signal: AbortSignal | undefined,
  ) {
    this.#resolve = resolve;
    this.#reject = reject;
    if (signal) {
      this.#signal = signal;
      this.#onSignal = () => this.abort(signal.reason);
      signal.addEventListener('abort', this.#onSignal);
    }
  }

  abort(why: unknown): void {
    this.#reason ??= why instanceof Error ? why : new Error('aborted', { cause: why });
    // Still queued for a socket: fail now; onConnect aborts it when its turn comes.
    if (this.#abortRequest) this.#abortRequest(this.#reason);
    else this.#settle(this.#reason);
  }

  onConnect(abort: (reason?: Error) => void): void {
    this.#abortRequest = abort;
    if (this.#reason) abort(this.#reason);
  }

  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (status < 200) return true; // 1xx: informational, the response follows
    this.status = status;
    this.headers = new NodeHeaders(rawHeaders);
    this.#resume = resume;
    this.#resolve(this);
    return true;
  }

  /** A body chunk; false asks undici to pause until the stream's reader wants more. */
  onData(chunk: Buffer): boolean {
    if (this.#dropped >= 0) {
      this.#dropped += chunk.length;
      if (this.#dropped > DISCARD_LIMIT) this.abort(undefined);
      return true;
    }
    if (!this.#stream) {
      this.#chunks.push(chunk);
      return true;
    }
    this.#stream.enqueue(chunk);
    return (this.#stream.desiredSize ?? 1) > 0;
  }

  onComplete(): void {
    this.#settle(null);
  }

  onError(error: Error): void {
    this.#settle(error);
  }

  #settle(error: Error | null): void {
    if (this.#end !== undefined) return;
    this.#end = error;
    if (this.#onSignal) this.#signal!.removeEventListener('abort', this.#onSignal);
    if (!this.status) {
      this.#reject(error);
      return;
    }
    if (this.#stream) {
      if (error) this.#stream.error(error);
      else this.#stream.close();
    }
    for (const wake of this.#waiting.splice(0)) wake();
  }

  #ended(): Promise<void> {
    return this.#end === undefined ? new Promise((wake) => this.#waiting.push(wake)) : Promise.resolve();
  }

  text(): Promise<string> {
    return this.#end === undefined
      ? this.#ended().then(() => this.#text())
      : Promise.resolve().then(() => this.#text());
  }

  #text(): string {
    if (this.#end) throw this.#end;
    const chunks = this.#chunks;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    // A UTF-8 byte order mark is not text, as fetch's text() and undici's own body mixin agree.
    const start = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
    return body.toString('utf8', start);
  }

  async discard(): Promise<void> {
    if (this.#dropped < 0) this.#dropped = this.#chunks.splice(0).reduce((n, c) => n + c.length, 0);
    this.#resume?.();
    await this.#ended();
  }

  toResponse(): Response {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.headers.parsed())) {
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
      pull: () => this.#resume?.(),
      cancel: () => {
        if (this.#end === undefined) this.abort(undefined);
      },
    });
    return new Response(stream, { status: this.status, headers });
  }
}

/**
 * The response's raw header list (name, value, name, value...) read like `Headers`. `get` scans it (the
 * runtime asks for one or two headers per response), so the whole list is only parsed when all of it
 * is wanted.
 */
class NodeHeaders implements HeaderReader {
  #parsed: IncomingHttpHeaders | undefined;
  constructor(private readonly raw: Buffer[]) {}

  parsed(): IncomingHttpHeaders {
    this.#parsed ??= util.parseHeaders(this.raw) as IncomingHttpHeaders;
    return this.#parsed;
  }

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    const raw = this.raw;
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      if (util.headerNameToString(raw[i]!) !== wanted) continue;
      const text = raw[i + 1]!.toString('latin1');
      value = value === null ? text : `${value}, ${text}`;
    }
    return value;
  }

  forEach(callback: (value: string, name: string) => void): void {
    const parsed = this.parsed();
    for (const name of Object.keys(parsed).sort()) {
      const value = parsed[name]!;
      callback(Array.isArray(value) ? value.join(', ') : value, name);
    }
  }
}
