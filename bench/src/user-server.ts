import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The body every GET /api/v1/users/{id} answers with, so each client's result can be checked: a whole
 * Kestra user, every field its model page makes required (a generated client reads each of them).
 */
export function userBody(id: string) {
  return {
    id,
    username: `user-${id}`,
    displayName: `User ${id}`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `${id}@example.test`,
    tenants: [],
    auths: [],
    groups: [],
    superAdmin: false,
    restricted: false,
  };
}

export interface UserServer {
  readonly baseUrl: string;
  /** Requests answered so far (every variant must actually reach the server). */
  requests(): Promise<number>;
  close(): Promise<void>;
}

type FromServer = { port: number } | { requests: number };

/**
 * A keep-alive HTTP server on 127.0.0.1 answering kestra's getUser path (anything else is a 404), in a
 * child process of its own: the server's work then runs on the other core instead of adding to every
 * client's time on the measuring event loop.
 */
export async function startUserServer(): Promise<UserServer> {
  // fork() passes our execArgv on, so under tsx the child runs this very TypeScript file; elsewhere
  // (vitest) the child gets tsx's loader itself.
  const underTsx = process.execArgv.some((arg) => /[\\/]tsx[\\/]dist[\\/]/.test(arg));
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    ...(underTsx ? {} : { execArgv: ['--import', 'tsx'] }),
  });
  const next = () =>
    new Promise<FromServer>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bench server exited (code ${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message as FromServer);
      });
    });
  const ready = await next();
  if (!('port' in ready)) throw new Error('the bench server did not report its port');
  return {
    baseUrl: `http://127.0.0.1:${ready.port}`,
    async requests() {
      const answer = next();
      child.send('count');
      const message = await answer;
      if (!('requests' in message)) throw new Error('the bench server did not report its count');
      return message.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

function serve(): void {
  let requests = 0;
  const server = createServer((req, res) => {
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
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on('message', () => process.send?.({ requests }));
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[2] === '--serve' && process.argv[1] === fileURLToPath(import.meta.url)) serve();
