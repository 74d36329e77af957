/**
 * Rows for response validation (issue 23): what `report` mode costs per call against `off`, and what
 * `off` costs against a client without the option; kestra's getUser (its whole user, which conforms,
 * so report mode validates every body and reports nothing) on the Node transport, whose low floor
 * lets a few µs show.
 */
import { basic, createKestraClient } from '@vendor-clients/kestra';
import { validation } from '@vendor-clients/kestra/validate';
import { createNodeTransport } from '@vendor-clients/runtime/node';
import type { BenchContext, Measured } from './context.ts';
import { type CallVariant, measureOverhead, type OverheadResult } from './overhead.ts';
import type { RowDefinition } from './rows.ts';
import { userBody } from './user-server.ts';

const NONE = 'no validate option';
const OFF = "validate: 'off'";
const REPORT = "validate: 'report'";
const CHECK = 'the check alone';

interface Check {
  check(response: object): void;
}

function measure(ctx: BenchContext): Promise<OverheadResult> {
  return ctx.once('overhead.validation', async () => {
    const transport = createNodeTransport({ connections: 16 });
    const variant = (name: string, validate?: ReturnType<typeof validation>): CallVariant => ({
      name,
      make(baseUrl) {
        const client = createKestraClient({
          baseUrl,
          auth: basic('bench', 'secret'),
          transport,
          ...(validate ? { validate } : {}),
        });
        return (id) => client.getUser({ path: { id } });
      },
    });
    const drift: unknown[] = [];
    try {
      const result = await measureOverhead(
        ctx.quick
          ? { calls: 200, rounds: 3, concurrency: 16, turns: 2 }
          : { calls: 2000, rounds: 5, concurrency: 16, turns: 10 },
        [
          variant(NONE),
          variant(OFF, validation({ mode: 'off' })),
          variant(REPORT, validation({ mode: 'report', onDrift: (r) => drift.push(r) })),
        ],
      );
      // The bench's user conforms to the spec: a report here means the row measured reporting instead.
      if (drift.length)
        throw new Error(`getUser's bench body drifted from the spec: ${JSON.stringify(drift[0])}`);
      return result;
    } finally {
      await transport.close();
    }
  });
}

function row(mode: 'sequential' | 'concurrent', variant: string, against: string, id: string): RowDefinition {
  return {
    id: `overhead.validation.${id}.${mode}`,
    group: 'per-call overhead (kestra getUser, 127.0.0.1 keep-alive)',
    label: `${variant} / ${against} (node transport), ${mode === 'sequential' ? 'sequential' : '16 in flight'}`,
    unit: '×',
    async measure(ctx): Promise<Measured> {
      const result = await measure(ctx);
      const times = result[mode];
      const cpu = result.cpu[mode];
      const a = times[variant];
      const b = times[against];
      if (a === undefined || b === undefined)
        throw new Error(`no ${mode} timing for ${variant} or ${against}`);
      return {
        value: a / b,
        detail: {
          [`${variant} µs/call`]: a * 1000,
          [`${against} µs/call`]: b * 1000,
          'µs added per call': (a - b) * 1000,
          'cpu µs added per call': ((cpu[variant] ?? 0) - (cpu[against] ?? 0)) * 1000,
          calls: result.options.calls,
          rounds: result.options.rounds,
        },
      };
    },
  };
}

/**
 * The same three clients over a `fetch` that answers at once in-process (the body as the server sends
 * it), so the figure is the client's own work per call, with no socket and little room for load to
 * move it: rounds of calls alternate between the variants, and the best round of each counts.
 */
async function measureInProcess(ctx: BenchContext): Promise<Record<string, number>> {
  return ctx.once('validation.in-process', async () => {
    const text = JSON.stringify(userBody('u-1'));
    const fetch = async () =>
      new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    const make = (validate?: ReturnType<typeof validation>) => {
      const client = createKestraClient({
        baseUrl: 'http://127.0.0.1:9',
        auth: basic('bench', 'secret'),
        fetch,
        ...(validate ? { validate } : {}),
      });
      return () => client.getUser({ path: { id: 'u-1' } });
    };
    const variants: Record<string, () => Promise<unknown>> = {
      [NONE]: make(),
      [OFF]: make(validation({ mode: 'off' })),
      [REPORT]: make(
        validation({
          mode: 'report',
          onDrift: (r) => {
            throw new Error(`bench body drifted: ${r.pointer}`);
          },
        }),
      ),
    };
    const calls = ctx.quick ? 500 : 5000;
    const best: Record<string, number> = {};
    const entries = Object.entries(variants);
    for (let round = 0; round < (ctx.quick ? 3 : 9); round++) {
      // Each round starts with another variant, so none always runs right after another's garbage.
      const order = entries.map((_, i) => entries[(i + round) % entries.length]!);
      for (const [name, call] of order) {
        const started = process.cpuUsage();
        for (let i = 0; i < calls; i++) await call();
        const used = process.cpuUsage(started);
        const us = (used.user + used.system) / calls;
        best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, us);
      }
    }
    // The check alone, on the parsed body: what report mode adds when nothing drifted.
    const run = (
      validation({ mode: 'report' }) as unknown as Record<symbol, { start(place: string): Check }>
    )[Symbol.for('vendor-clients.validation.1')]!.start('bench')!;
    const body = JSON.parse(text) as unknown;
    const response = {
      operationId: 'getUser',
      status: 200,
      body,
      type: 'application/json',
      log: undefined,
      secrets: { redact: (t: string) => t },
    };
    for (let round = 0; round < 5; round++) {
      const started = process.cpuUsage();
      for (let i = 0; i < calls * 4; i++) run.check(response);
      const used = process.cpuUsage(started);
      best[CHECK] = Math.min(
        best[CHECK] ?? Number.POSITIVE_INFINITY,
        (used.user + used.system) / (calls * 4),
      );
    }
    return best;
  });
}

function inProcessRow(variant: string, against: string, id: string): RowDefinition {
  return {
    id: `overhead.validation.${id}.in-process`,
    group: 'per-call overhead (kestra getUser, 127.0.0.1 keep-alive)',
    label: `${variant} / ${against}, CPU per call (fetch answering in-process)`,
    unit: '×',
    async measure(ctx): Promise<Measured> {
      const best = await measureInProcess(ctx);
      const a = best[variant]!;
      const b = best[against]!;
      return {
        value: a / b,
        detail: {
          [`${variant} cpu µs/call`]: a,
          [`${against} cpu µs/call`]: b,
          'cpu µs added per call': a - b,
          'validating the getUser body alone, cpu µs': best[CHECK]!,
        },
      };
    },
  };
}

export const validationRows: readonly RowDefinition[] = [
  inProcessRow(REPORT, OFF, 'report-vs-off'),
  inProcessRow(OFF, NONE, 'off-vs-none'),
  row('sequential', REPORT, OFF, 'report-vs-off'),
  row('concurrent', REPORT, OFF, 'report-vs-off'),
  row('sequential', OFF, NONE, 'off-vs-none'),
];
