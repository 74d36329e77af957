/**
 * Rows for the Node transport (@vendor-clients/runtime/node): kestra's getUser through the generated
 * client on undici, against raw fetch and against an axios client generated from the same spec,
 * sequentially and with 100 calls in flight.
 */
import { join } from 'node:path';
import { basic, createKestraClient } from '@vendor-clients/kestra';
import { createNodeTransport } from '@vendor-clients/runtime/node';
import { generateAxiosKestra } from './axios-client.ts';
import type { BenchContext } from './context.ts';
import { type CallVariant, callVariants, measureOverhead, type OverheadResult } from './overhead.ts';
import type { RowDefinition } from './rows.ts';

const IN_FLIGHT = 100;
const NODE = 'vendor (node transport)';
const AXIOS = 'axios (openapi-typescript-codegen)';

function measure(ctx: BenchContext): Promise<OverheadResult> {
  return ctx.once('overhead.node-transport', async () => {
    const makeAxios = await generateAxiosKestra(ctx.repoRoot, join(ctx.scratch, 'axios-kestra'));
    const transport = createNodeTransport({ connections: 16 });
    const fetchVariant = callVariants.find((v) => v.name === 'fetch');
    if (!fetchVariant) throw new Error('the overhead variants have no "fetch" baseline');
    const variants: CallVariant[] = [
      fetchVariant,
      {
        name: NODE,
        make(baseUrl) {
          const client = createKestraClient({ baseUrl, auth: basic('bench', 'secret'), transport });
          return (id) => client.getUser({ path: { id } });
        },
      },
      {
        name: AXIOS,
        make(baseUrl) {
          const client = makeAxios(baseUrl, 'bench', 'secret');
          return async (id) => client.users.getUser(id);
        },
      },
    ];
    try {
      return await measureOverhead(
        ctx.quick
          ? { calls: 200, rounds: 3, concurrency: IN_FLIGHT }
          : { calls: 2000, rounds: 5, concurrency: IN_FLIGHT },
        variants,
      );
    } finally {
      await transport.close();
    }
  });
}

function row(
  mode: 'sequential' | 'concurrent',
  against: 'fetch' | typeof AXIOS,
  target: number,
): RowDefinition {
  const shown = against === 'fetch' ? 'raw fetch' : 'axios client';
  const when = mode === 'sequential' ? 'sequential' : `${IN_FLIGHT} in flight`;
  return {
    id: `overhead.node-transport.${mode === 'sequential' ? 'sequential' : `concurrent${IN_FLIGHT}`}.${against === 'fetch' ? 'fetch' : 'axios'}`,
    group: `node transport (kestra getUser, 127.0.0.1 keep-alive, ${IN_FLIGHT} in flight when concurrent)`,
    label: `${NODE} / ${shown}, ${when}`,
    unit: '×',
    target,
    whenMissed:
      mode === 'sequential'
        ? 'one call after another, each call waits for its own round trip, so the client work on both ' +
          'ends of it counts in full: undici alone (`dispatch`, no runtime) measures 0.45 to 0.50× raw ' +
          'fetch here, and the runtime adds its per-call work (credentials, path, timeout timer, ' +
          'redirect and retry checks, parsing: about 6 µs of CPU) and its promise turns; per-call times ' +
          'are in the detail, where the rest goes: packages/runtime/README.md, "Where the time goes"'
        : 'per-call times of each variant are in the detail; where the rest of a call goes: ' +
          'packages/runtime/README.md, "Where the time goes"',
    async measure(ctx) {
      const times = (await measure(ctx))[mode];
      const node = times[NODE];
      const base = times[against];
      const fetch = times.fetch;
      const axios = times[AXIOS];
      if (node === undefined || base === undefined || fetch === undefined || axios === undefined) {
        throw new Error(`no ${mode} timing for the node transport rows`);
      }
      return {
        value: node / base,
        detail: {
          [`${NODE} ms/call`]: node,
          [`${against} ms/call`]: base,
          'axios / fetch': axios / fetch,
          'in flight': mode === 'sequential' ? 1 : IN_FLIGHT,
        },
      };
    },
  };
}

export const transportRows: readonly RowDefinition[] = [
  row('sequential', 'fetch', 0.5),
  row('concurrent', 'fetch', 0.35),
  row('sequential', AXIOS, 1),
  row('concurrent', AXIOS, 1),
];
