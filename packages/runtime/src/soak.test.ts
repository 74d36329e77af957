/**
 * The soak of issue 21, bounded: 800 calls per transport with a credential that changes every call,
 * one first attempt in ten spoiled after its headers (socket closed mid-body, body stalled past the
 * timeout, JSON cut short with an honest length), a pool of 4 connections on the Node transport.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { bearer } from '@vendor-clients/auth';
import { describe, expect, it } from 'vitest';
import { allBindings, getUserWith } from '../test/fixtures.js';
import { json, spoiled, startServer } from '../test/server.js';
import { transports } from '../test/transports.js';
import { createClientCore } from './client.js';
import { defineHooks } from './hooks.js';

const CALLS = 800;
const IN_FLIGHT = 16;
const getUser = getUserWith('bearer');
const faults = [spoiled.closedMidBody, spoiled.stalledBody, spoiled.truncatedJson];

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts passes it)');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** Open sockets, servers and timers of this process (vitest's own included: compared before and after). */
function handles(): number {
  return process
    .getActiveResourcesInfo()
    .filter((r) => r === 'TCPSocketWrap' || r === 'TCPServerWrap' || r === 'Timeout').length;
}

describe.each(transports)('soak, $name transport', (kind) => {
  // The cost check compares the wall time of the first and last tenth of the run: load that another
  // process puts on the machine mid-run can double it once. A cost that really grows with the calls
  // made fails every fresh run, so a fresh run (new server, client and transport) is tried up to twice.
  it(`${CALLS} calls, a new token each, 10% spoiled past the headers: all succeed, cost and heap flat, nothing left open`, {
    retry: 2,
    timeout: 45_000,
  }, async () => {
    const before = handles();
    const attempts = new Map<string, number>();
    const server = await startServer((req, res: ServerResponse) => {
      const id = req.url.slice(req.url.lastIndexOf('/') + 1);
      const n = Number(id.slice(1));
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      // The server echoes the token it got: every view the client gives must have it masked.
      const echo = { 'x-echo': String(req.headers.authorization) };
      // Warm-up calls (`w…`) are left healthy.
      if (attempt === 1 && id[0] === 'c' && n % 10 === 0) faults[(n / 10) % faults.length]!(res);
      else json(res, 200, { id, token: req.headers.authorization }, echo);
    });
    const transport = kind.make(4);
    let issued = 0;
    let leaked = 0;
    const lines: string[] = [];
    const client = createClientCore({
      baseUrl: server.origin,
      bindings: allBindings,
      auth: bearer(() => `rotating-${++issued}-${'t'.repeat(32)}`),
      transport,
      timeoutMs: 300,
      retry: { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 20 },
      logger: { debug: (line) => void lines.push(line) },
      hooks: defineHooks({
        onResponse: ({ headers }) => {
          if (headers['x-echo']?.includes('rotating-')) leaked++;
        },
      }),
    });

    const times: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < CALLS) {
        const i = next++;
        const started = performance.now();
        await client.call(getUser, { path: { id: `c${i}` } });
        times[i] = performance.now() - started;
      }
    };
    // A first round of healthy calls lets the JIT settle, so the heap baseline is a warm client.
    for (let i = 0; i < 200; i++) await client.call(getUser, { path: { id: `w${i}` } });
    const heapBefore = heapAfterGc();
    const started = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const elapsed = performance.now() - started;
    const heapGrowth = heapAfterGc() - heapBefore;

    // Calls are spoiled alike in every tenth of the run, so their medians compare.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const first = median(times.slice(0, CALLS / 10));
    const last = median(times.slice(-CALLS / 10));
    console.log(
      `soak ${kind.name}: ${CALLS} calls in ${Math.round(elapsed)} ms, median first 10% ${first.toFixed(2)} ms, last 10% ${last.toFixed(2)} ms, heap ${(heapGrowth / 1024).toFixed(0)} KiB`,
    );
    expect(times.filter((t) => t !== undefined)).toHaveLength(CALLS);
    expect(last).toBeLessThan(first * 2 + 1);
    expect(heapGrowth).toBeLessThan(8 * 1024 * 1024);
    expect(leaked).toBe(0);
    expect(lines.join('\n')).not.toContain('rotating-');
    expect(elapsed).toBeLessThan(30_000);

    await transport?.close();
    await server.close();
    for (let i = 0; i < 50 && handles() > before; i++) await delay(20);
    expect(handles()).toBeLessThanOrEqual(before);
  });
});
