import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';
import type { HeaderReader, HttpRequest, HttpResponse, Transport } from './transport.js';

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
 * A transport for Node on undici's dispatcher API: keep-alive connection pools per origin, no WHATWG
 * Request or Response objects unless a `raw` caller asks for one. Close it when done with every
 * client that uses it.
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
    async send(request: HttpRequest): Promise<HttpResponse> {
      const { origin, path } = splitUrl(request.url);
      const response = await dispatcher.request({
        origin,
        path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body ?? null,
        signal: request.signal ?? null,
      });
      return new UndiciResponse(response.statusCode, response.headers, response.body);
    },
    close: async () => {
      if (owned) await dispatcher.close();
    },
  };
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

type Body = Dispatcher.ResponseData['body'];

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

class UndiciResponse implements HttpResponse {
  readonly headers: HeaderReader;
  constructor(
    readonly status: number,
    private readonly raw: IncomingHttpHeaders,
    private readonly body: Body,
  ) {
    this.headers = new NodeHeaders(raw);
  }

  text(): Promise<string> {
    return this.body.text();
  }

  async discard(): Promise<void> {
    try {
      await this.body.dump();
    } catch {
      // The body is unwanted; a failure to read it away changes nothing.
    }
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
    const stream = Readable.toWeb(this.body) as unknown as ReadableStream<Uint8Array>;
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
