import { basic, createKestraClient, type paths } from '@vendor-clients/kestra';
import createClient from 'openapi-fetch';
import { median } from './context.ts';
import { startUserServer, userBody } from './user-server.ts';

const AUTHORIZATION = `Basic ${btoa('bench:secret')}`;

/** One way of calling kestra's getUser; add a variant here and it is measured beside the others. */
export interface CallVariant {
  readonly name: string;
  /** Builds the caller once per run; the returned function makes one call and resolves with the body. */
  make(baseUrl: string): (id: string) => Promise<unknown>;
}

export const callVariants: readonly CallVariant[] = [
  {
    name: 'vendor',
    make(baseUrl) {
      const client = createKestraClient({ baseUrl, auth: basic('bench', 'secret') });
      return (id) => client.getUser({ path: { id } });
    },
  },
  {
    name: 'openapi-fetch',
    make(baseUrl) {
      const client = createClient<paths>({ baseUrl, headers: { Authorization: AUTHORIZATION } });
      return async (id) => {
        const { data, error } = await client.GET('/api/v1/users/{id}', { params: { path: { id } } });
        if (error !== undefined) throw new Error(`openapi-fetch getUser failed: ${JSON.stringify(error)}`);
        return data;
      };
    },
  },
  {
    name: 'fetch',
    make(baseUrl) {
      return async (id) => {
        const response = await fetch(`${baseUrl}/api/v1/users/${encodeURIComponent(id)}`, {
          headers: { Authorization: AUTHORIZATION },
        });
        if (!response.ok) throw new Error(`fetch getUser failed: HTTP ${response.status}`);
        return response.json();
      };
    },
  },
];

export interface OverheadOptions {
  /** Calls per variant per round. */
  calls: number;
  /** Rounds; the variants take turns within each round and the median round counts. */
  rounds: number;
  /** In-flight calls at a time in the concurrent mode. */
  concurrency: number;
}

export interface OverheadResult {
  options: OverheadOptions;
  /** Median milliseconds per call, by variant name. */
  sequential: Record<string, number>;
  concurrent: Record<string, number>;
}

async function sequentially(call: (id: string) => Promise<unknown>, calls: number): Promise<void> {
  for (let i = 0; i < calls; i++) await call(`u-${i}`);
}

async function concurrently(
  call: (id: string) => Promise<unknown>,
  calls: number,
  concurrency: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < calls) await call(`u-${next++}`);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
}

/** Every variant against one keep-alive server (another process), interleaved so drift hits all alike. */
export async function measureOverhead(
  options: OverheadOptions,
  variants: readonly CallVariant[] = callVariants,
): Promise<OverheadResult> {
  const server = await startUserServer();
  try {
    const callers = variants.map((v) => ({ name: v.name, call: v.make(server.baseUrl) }));
    for (const { name, call } of callers) {
      const got = await call('warm-up');
      if (JSON.stringify(got) !== JSON.stringify(userBody('warm-up'))) {
        throw new Error(`variant "${name}" returned ${JSON.stringify(got)}, not the server's user`);
      }
      await sequentially(call, Math.min(50, options.calls));
    }
    const samples = {
      sequential: new Map<string, number[]>(),
      concurrent: new Map<string, number[]>(),
    };
    const before = await server.requests();
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so no variant always runs first (or right after GC-heavy work).
      const order = callers.map((_, i) => callers[(i + round) % callers.length]!);
      for (const mode of ['sequential', 'concurrent'] as const) {
        for (const { name, call } of order) {
          const started = performance.now();
          if (mode === 'sequential') await sequentially(call, options.calls);
          else await concurrently(call, options.calls, options.concurrency);
          const perCall = (performance.now() - started) / options.calls;
          samples[mode].set(name, [...(samples[mode].get(name) ?? []), perCall]);
        }
      }
    }
    const expected = options.rounds * 2 * callers.length * options.calls;
    const seen = (await server.requests()) - before;
    if (seen !== expected) {
      throw new Error(`the server saw ${seen} requests, expected ${expected}`);
    }
    const medians = (m: Map<string, number[]>) =>
      Object.fromEntries([...m].map(([name, values]) => [name, median(values)]));
    return { options, sequential: medians(samples.sequential), concurrent: medians(samples.concurrent) };
  } finally {
    await server.close();
  }
}
