import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The body every GET /api/v1/users/{id} answers with, so each client's result can be checked. */
export function userBody(id: string): { id: string; username: string; email: string } {
  return { id, username: `user-${id}`, email: `${id}@example.test` };
}

export interface UserServer {
  readonly baseUrl: string;
  /** Requests answered so far (every variant must actually reach the server). */
  readonly requests: () => number;
  close(): Promise<void>;
}

/** A keep-alive HTTP server on 127.0.0.1 answering kestra's getUser path; anything else is a 404. */
export async function startUserServer(): Promise<UserServer> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    const match = /^\/api\/v1\/users\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method !== 'GET' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    const body = JSON.stringify(userBody(decodeURIComponent(match[1]!)));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
