import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { apiKey } from '@vendor-clients/auth';
import { describe, expect, it } from 'vitest';
import { createClientCore } from './client.js';
import { createNodeTransport } from './node.js';
import type { OperationSpec } from './operation.js';

const getUser: OperationSpec = {
  operationId: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  pathParams: ['id'],
  security: [{ key: [] }],
};

/** A JSON server that counts the connections open to it right now. */
async function countingServer(): Promise<{ origin: string; open: () => number; server: Server }> {
  let open = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: req.url, name: 'Ada', groups: ['a', 'b'] }));
    });
  });
  server.on('connection', (socket) => {
    open++;
    socket.on('close', () => open--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, open: () => open, server };
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts passes it)');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

function sockets(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
}

async function run(calls: number, inFlight: number, send: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < calls) await send(next++);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

describe('node transport leaves nothing behind', () => {
  it('10,000 calls with 100 in flight: no open sockets and no heap growth once closed', async () => {
    const { origin, open, server } = await countingServer();
    const socketsBefore = sockets();
    const transport = createNodeTransport({ connections: 16 });
    const client = createClientCore({
      baseUrl: origin,
      bindings: [{ scheme: 'key', kind: 'apiKey', in: 'header', name: 'X-Key' }],
      auth: apiKey('k'),
      transport,
    });
    const send = async (i: number) => {
      const user = await client.call<{ id: string }>(getUser, { path: { id: `u-${i}` } });
      if (user.id !== `/users/u-${i}`) throw new Error(`call ${i} got ${user.id}`);
    };

    // A first round fills the pool and lets the JIT settle, so the baseline is a warm client.
    await run(2000, 100, send);
    const heapBefore = heapAfterGc();
    await run(10_000, 100, send);
    expect(open()).toBeGreaterThan(0);
    expect(open()).toBeLessThanOrEqual(16);

    await transport.close();
    for (let i = 0; i < 50 && (open() > 0 || sockets() > socketsBefore); i++) await delay(20);
    expect(open()).toBe(0);
    expect(sockets()).toBe(socketsBefore);
    const grown = heapAfterGc() - heapBefore;
    // 10,000 retained responses of ~100 bytes plus their objects would be several MB.
    expect(grown).toBeLessThan(2 * 1024 * 1024);

    await new Promise<void>((resolve) => server.close(() => resolve()));
  }, 60_000);
});
