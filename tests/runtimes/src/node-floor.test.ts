// The lowest Node in `engines` is the one these tests run on: this package's `test` script is
// `vitest-floor run` (tests/node-floor), which starts vitest on the official Node binary from npm pinned
// to the engines floor. This file checks that really happened, then makes one call through each of the
// five built vendor packages on that Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './api-server.ts';
import { packageDir } from './binaries.ts';
import { arthur, extremecloudiq, kestra, onezone, tiledbCloud } from './vendor-modules.ts';

const repoRoot = join(packageDir, '..', '..');

function enginesOf(file: string): string | undefined {
  return (JSON.parse(readFileSync(file, 'utf8')) as { engines?: { node?: string } }).engines?.node;
}

describe('the Node the tests run on', () => {
  it('is exactly the floor of the root engines range, which every published package shares', () => {
    const root = enginesOf(join(repoRoot, 'package.json'));
    const floor = /^>=(\d+\.\d+\.\d+)$/.exec(root ?? '')?.[1];
    expect(floor, `root package.json engines.node is "${root}", expected ">=X.Y.Z"`).toBeDefined();
    const published = readdirSync(join(repoRoot, 'packages')).map((dir) => ({
      dir,
      engines: enginesOf(join(repoRoot, 'packages', dir, 'package.json')),
    }));
    for (const { dir, engines } of published) expect(engines, `packages/${dir}`).toBe(root);
    expect(process.version).toBe(`v${floor}`);
  });
});

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const calls = [
  {
    vendor: 'onezone',
    call: (baseUrl: string) =>
      onezone.createOnezoneClient({ baseUrl, auth: onezone.apiKey('k1'), retry: false }).getCurrentUser(),
    want: { path: '/user', authorization: null, apiKey: 'k1' },
  },
  {
    vendor: 'tiledb-cloud',
    call: (baseUrl: string) =>
      tiledbCloud
        .createTiledbCloudClient({ baseUrl, auth: tiledbCloud.basic('u', 'p'), retry: false })
        .getUser(),
    want: { path: '/user', authorization: `Basic ${btoa('u:p')}`, apiKey: null },
  },
  {
    vendor: 'arthur',
    call: (baseUrl: string) =>
      arthur.createArthurClient({ baseUrl, auth: arthur.bearer('t1'), retry: false }).getUsersMe(),
    want: { path: '/api/v1/users/me', authorization: 'Bearer t1', apiKey: null },
  },
  {
    vendor: 'kestra',
    call: (baseUrl: string) =>
      kestra
        .createKestraClient({ baseUrl, auth: kestra.basic('a', 'b'), retry: false })
        .getUser({ path: { id: 'a b' } }),
    want: { path: '/api/v1/users/a%20b', authorization: `Basic ${btoa('a:b')}`, apiKey: null },
  },
  {
    vendor: 'extremecloudiq',
    call: (baseUrl: string) =>
      extremecloudiq
        .createExtremecloudiqClient({ baseUrl, auth: extremecloudiq.bearer('jwt'), retry: false })
        .getCurrentUser(),
    want: { path: '/users/me', authorization: 'Bearer jwt', apiKey: null },
  },
];

describe('each built vendor package on the floor Node', () => {
  it.each(calls)('$vendor: one call reaches the server with its credential', async ({ call, want }) => {
    expect(await call(server.baseUrl)).toEqual(want);
  });
});
