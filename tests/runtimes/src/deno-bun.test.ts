// Deno and Bun each import a built vendor package from node_modules (as an app would) and make one
// call to a server this test starts on 127.0.0.1; the server checks the credential arrived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './api-server.ts';
import { bunBinary, denoBinary, runBinary } from './binaries.ts';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

interface RuntimeCase {
  runtime: string;
  command: () => string[];
  env: Record<string, string>;
  want: unknown;
}

const cases: RuntimeCase[] = [
  {
    runtime: 'deno',
    command: () => [
      denoBinary(),
      'run',
      '--no-lock',
      '--no-prompt',
      `--allow-net=127.0.0.1`,
      '--allow-read',
      '--allow-env',
      'src/fixtures/deno-call.mjs',
    ],
    env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    want: { path: '/users/u-1', authorization: null, apiKey: 'deno-key' },
  },
  {
    runtime: 'bun',
    command: () => [bunBinary(), 'src/fixtures/bun-call.mjs'],
    env: { NO_COLOR: '1' },
    want: { path: '/user', authorization: `Basic ${btoa('bun-user:bun-pass')}`, apiKey: null },
  },
];

describe('the built packages in other runtimes', () => {
  it.each(cases)('$runtime: one call through the vendor client reaches the server', async (c) => {
    const [binary, ...args] = c.command();
    const result = await runBinary(binary!, [...args, server.baseUrl], c.env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout.trim().split('\n').pop()!) as { runtime: string; user: unknown };
    expect(printed.runtime).toMatch(new RegExp(`^${c.runtime} \\d+\\.\\d+\\.\\d+`));
    expect(printed.user).toEqual(c.want);
  });
});
