// Where one call's time goes: the same GET through each layer, sequential and 100 in flight, against
// a keep-alive server in another process. Run: pnpm --filter @vendor-clients/runtime profile
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { apiKey } from '@vendor-clients/auth';
import createClient from 'openapi-fetch';
import { Agent } from 'undici';
import { createClientCore, type OperationSpec } from '../src/index.js';
import { createNodeTransport } from '../src/node.js';
import { createRawClient } from '../src/raw.js';

const child = fork(new URL('./server.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [line] = (await once(child.stdout!, 'data')) as [Buffer];
const origin = line.toString().trim();

const op: OperationSpec = {
  operationId: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  security: [{ key: [] }],
};
type Paths = {
  '/users/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
};
const core = (transport?: ReturnType<typeof createNodeTransport>) =>
  createClientCore({
    baseUrl: origin,
    bindings: [{ scheme: 'key', kind: 'apiKey', in: 'header', name: 'X-Key' }],
    auth: apiKey('secret'),
    retry: false,
    transport,
  });
const agent = new Agent({ connections: 16 });
const node = createNodeTransport({ connections: 16 });
const overFetch = core();
const overNode = core(node);
const rawOverNode = createRawClient<Paths>(overNode, [op]);
const plain = createClient<Paths>({ baseUrl: origin });

const paths: Record<string, () => Promise<unknown>> = {
  'global fetch': async () => (await fetch(`${origin}/users/u-1`, { headers: { 'x-key': 'secret' } })).json(),
  // What any fetch client with a per-attempt timeout pays: the floor for `call` on the fetch transport.
  'fetch + timeout signal': async () => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), 60_000);
    try {
      const response = await fetch(`${origin}/users/u-1`, {
        method: 'GET',
        headers: { 'x-key': 'secret' },
        redirect: 'manual',
        signal: timeout.signal,
      });
      return JSON.parse(await response.text());
    } finally {
      clearTimeout(timer);
    }
  },
  // The floor of the Node transport: undici's lowest-level call, the body collected by hand.
  'undici dispatch alone': () =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      agent.dispatch({ origin, path: '/users/u-1', method: 'GET', headers: { 'x-key': 'secret' } }, {
        onConnect() {},
        onHeaders: () => true,
        onData: (chunk: Buffer) => chunks.push(chunk) > 0,
        onComplete: () => resolve(JSON.parse(Buffer.concat(chunks).toString())),
        onError: reject,
      } as Parameters<Agent['dispatch']>[1]);
    }),
  'undici Agent.request': async () =>
    (
      await agent.request({ origin, path: '/users/u-1', method: 'GET', headers: { 'x-key': 'secret' } })
    ).body.json(),
  'openapi-fetch over fetch': async () =>
    (await plain.GET('/users/{id}', { params: { path: { id: 'u-1' } } })).data,
  'call, fetch transport': () => overFetch.call(op, { path: { id: 'u-1' } }),
  'call, node transport': () => overNode.call(op, { path: { id: 'u-1' } }),
  'raw, node transport': async () =>
    (await rawOverNode.GET('/users/{id}', { params: { path: { id: 'u-1' } } })).data,
};

const calls = Number(process.env.CALLS ?? 4000);
async function perCall(fn: () => Promise<unknown>, inFlight: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next++ < calls) await fn();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return ((performance.now() - started) * 1000) / calls;
}

/** Microseconds per op of the pieces a fetch-based call builds each time. */
async function pieces(): Promise<Record<string, number>> {
  const body = '{"id":"u-1","name":"Ada Lovelace","email":"ada@example.test","groups":["admins","analysts"]}';
  const n = 20_000;
  const time = async (f: () => unknown) => {
    const t = performance.now();
    for (let i = 0; i < n; i++) await f();
    return ((performance.now() - t) * 1000) / n;
  };
  return {
    'new Request(url, {headers})': await time(
      () =>
        new Request(`${origin}/users/u-1`, { headers: { 'x-key': 'secret', accept: 'application/json' } }),
    ),
    'new Request(url, {headers, signal})': await time(
      () =>
        new Request(`${origin}/users/u-1`, {
          headers: { 'x-key': 'secret', accept: 'application/json' },
          signal: new AbortController().signal,
        }),
    ),
    'new AbortController().signal': await time(() => new AbortController().signal),
    'new Headers(5 entries)': await time(
      () => new Headers({ a: '1', b: '2', 'x-key': 'secret', accept: 'application/json', 'x-c': '3' }),
    ),
    'plain object copy (5 entries)': await time(() => ({
      ...{ a: '1', b: '2', 'x-key': 'secret', accept: 'application/json', 'x-c': '3' },
    })),
    'new Response(text) + text()': await time(() => new Response(body).text()),
    'JSON.parse(body)': await time(() => JSON.parse(body)),
    'new URL(url)': await time(() => new URL(`${origin}/users/u-1`)),
    'AbortController + setTimeout': await time(() => {
      const c = new AbortController();
      clearTimeout(setTimeout(() => c.abort(), 1000));
    }),
    'AbortSignal.any([a, b])': await time(() =>
      AbortSignal.any([new AbortController().signal, new AbortController().signal]),
    ),
  };
}

const rounds = Number(process.env.ROUNDS ?? 3);
for (const inFlight of [1, 100]) {
  const best: Record<string, number> = {};
  for (const fn of Object.values(paths)) await perCall(fn, inFlight); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(paths))
      best[name] = Math.min(best[name] ?? Infinity, await perCall(fn, inFlight));
  }
  console.log(
    `\n${inFlight === 1 ? 'sequential' : `${inFlight} in flight`} (${calls} calls, best of ${rounds}):`,
  );
  for (const [name, us] of Object.entries(best)) {
    console.log(
      `  ${name.padEnd(30)} ${us.toFixed(1).padStart(7)} µs/call  ${(us / best['global fetch']!).toFixed(2)}x fetch`,
    );
  }
}
console.log('\npieces (µs each):');
for (const [name, us] of Object.entries(await pieces())) console.log(`  ${name.padEnd(38)} ${us.toFixed(2)}`);

await Promise.all([agent.close(), node.close()]);
child.disconnect();
