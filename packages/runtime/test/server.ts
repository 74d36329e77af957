import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../src/clock.js';

export interface Recorded {
  readonly method: string;
  /** Path and query exactly as they arrived on the wire. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Decides the answer to the n-th request (0-based); may also destroy the socket or never answer. */
export type Handler = (request: Recorded, response: ServerResponse, n: number) => void;

export interface TestServer {
  readonly origin: string;
  readonly requests: Recorded[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request it gets. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      handler(recorded, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A timer started on a fake clock: it fires only when the test says so. */
export interface FakeTimer {
  readonly ms: number;
  readonly fire: () => void;
  cancelled: boolean;
}

/**
 * A clock whose sleeps return at once and are recorded, and whose timers (per-attempt timeouts) are
 * recorded and fire only through `fireTimers()`, so timeout tests never wait.
 */
export function fakeClock(
  now = Date.parse('2030-01-01T00:00:00Z'),
): Clock & { sleeps: number[]; timers: FakeTimer[]; fireTimers(): number } {
  const sleeps: number[] = [];
  const timers: FakeTimer[] = [];
  return {
    sleeps,
    timers,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
    },
    setTimer: (ms, fire) => {
      const timer: FakeTimer = { ms, fire, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    /** Fires every pending timer; returns how many fired. */
    fireTimers: () => {
      const pending = timers.filter((t) => !t.cancelled);
      for (const timer of pending) {
        timer.cancelled = true;
        timer.fire();
      }
      return pending.length;
    },
  };
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error as Error & Record<string, unknown>;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Answers that go wrong after the headers, as a faulty server or network does. */
export const spoiled = {
  /** Headers and the start of a JSON body promising more, then the socket is closed. */
  closedMidBody(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '64' });
    res.write('{"id":"u1","na', () => res.socket?.destroy());
  },
  /** Headers and the start of a body, then nothing more until the server closes. */
  stalledBody(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '64' });
    res.write('{"id":"u1","na');
  },
  /** A complete response whose JSON is cut short, with a content-length that matches what is sent. */
  truncatedJson(res: ServerResponse): void {
    const text = '{"id":"u1","na';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
    res.end(text);
  },
};
