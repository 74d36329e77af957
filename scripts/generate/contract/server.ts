import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly method: string;
  /** Path and query exactly as they arrived. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly contentType?: string;
  readonly body?: string;
  /** For redirects. */
  readonly location?: string;
  /** Any other response headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A server on 127.0.0.1 that records each request and answers with whatever `reply` is set to. */
export interface RecordingServer {
  readonly origin: string;
  readonly received: Received[];
  reply: Reply;
  /** Answers for the next requests, in order, before falling back to `reply`. */
  queue: Reply[];
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const state: RecordingServer = {
    origin: '',
    received: [],
    reply: { status: 204 },
    queue: [],
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, contentType, body, location, headers } = state.queue.shift() ?? state.reply;
      res.writeHead(status, {
        ...headers,
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(location ? { location } : {}),
      });
      res.end(body);
    });
  });
  return Object.assign(state, await listenOnLoopback(server));
}

/** Starts `server` on 127.0.0.1 at a free port; `close` ends its connections too. */
export async function listenOnLoopback(server: Server): Promise<{ origin: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
