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
  /**
   * Turns each variant takes per round and mode (default 1): the round's calls are split into this many
   * slices and the variants alternate slice by slice, so load that comes and goes on a shared machine
   * lands on every variant alike instead of on whichever ran during the burst.
   */
  turns?: number;
}

export interface OverheadResult {
  options: OverheadOptions;
  /** Median milliseconds per call, by variant name. */
  sequential: Record<string, number>;
  concurrent: Record<string, number>;
  /**
   * Median CPU milliseconds per call this process spent (the server runs in another one), by mode and
   * variant: less swayed than wall time when other work shares the cores.
   */
  cpu: { sequential: Record<string, number>; concurrent: Record<string, number> };
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
  const turns = options.turns ?? 1;
  if (!Number.isInteger(turns) || turns < 1 || turns > options.calls) {
    throw new Error(
      `measureOverhead: turns must be an integer from 1 to calls (${options.calls}), got ${turns}`,
    );
  }
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
    const cpuSamples = {
      sequential: new Map<string, number[]>(),
      concurrent: new Map<string, number[]>(),
    };
    const before = await server.requests();
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so no variant always runs first (or right after GC-heavy work).
      const order = callers.map((_, i) => callers[(i + round) % callers.length]!);
      for (const mode of ['sequential', 'concurrent'] as const) {
        const spent = new Map<string, number>();
        const cpuSpent = new Map<string, number>();
        for (let turn = 0; turn < turns; turn++) {
          // This turn's share of the round's calls (the shares add up to exactly options.calls).
          const calls =
            Math.floor(((turn + 1) * options.calls) / turns) - Math.floor((turn * options.calls) / turns);
          for (const { name, call } of order) {
            const cpuStarted = process.cpuUsage();
            const started = performance.now();
            if (mode === 'sequential') await sequentially(call, calls);
            else await concurrently(call, calls, options.concurrency);
            spent.set(name, (spent.get(name) ?? 0) + performance.now() - started);
            const cpu = process.cpuUsage(cpuStarted);
            cpuSpent.set(name, (cpuSpent.get(name) ?? 0) + (cpu.user + cpu.system) / 1000);
          }
        }
        for (const [name, ms] of spent) {
          samples[mode].set(name, [...(samples[mode].get(name) ?? []), ms / options.calls]);
        }
        for (const [name, ms] of cpuSpent) {
          cpuSamples[mode].set(name, [...(cpuSamples[mode].get(name) ?? []), ms / options.calls]);
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
    return {
      options,
      sequential: medians(samples.sequential),
      concurrent: medians(samples.concurrent),
      cpu: { sequential: medians(cpuSamples.sequential), concurrent: medians(cpuSamples.concurrent) },
    };
  } finally {
    await server.close();
  }
}
