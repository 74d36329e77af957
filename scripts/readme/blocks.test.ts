// Every TypeScript block of every README: type-checked against the built packages, and for the vendor
// packages run against Prism serving the vendor's spec, every response a 2xx.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { envVariables } from '@vendor-clients/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coherentPages, DEMO_PAGES } from '../demo/pages.js';
import { startPrism } from '../demo/prism.js';
import { acceptedKinds, bindingsOf, envPrefix, fromEnvName } from '../generate/emit.js';
import { repoRoot } from '../generate/generate.js';
import { readModel } from '../generate/model.js';
import { flowOperations } from '../generate/readme-example.js';
import { loadSpec } from '../generate/spec.js';
import { type Vendor, vendors } from '../vendors.js';
import {
  type Checked,
  type CodeBlock,
  type Context,
  codeBlocks,
  continues,
  removeWritten,
  toRunnable,
  typeErrors,
  writeBlocks,
} from './blocks.js';

const blocksOf = (file: string) => codeBlocks(readFileSync(join(repoRoot, file), 'utf8'), file);

/** What "`client` as in the example above" gives a vendor README's later blocks. */
function vendorContext(vendor: Vendor): Context {
  const fn = fromEnvName(vendor.factory);
  return [
    {
      name: 'client',
      code: `import * as readmeClient from '${vendor.packageName}';\nconst client = readmeClient.${vendor.factory}({ auth: readmeClient.${fn}() });`,
    },
    {
      name: 'auth',
      code: `import * as readmeAuth from '${vendor.packageName}';\nconst auth = readmeAuth.${fn}();`,
    },
  ];
}

/** The runtime README's later blocks continue its first (a client and an operation spec). */
const runtimeContext: Context = [
  { name: 'client', code: `declare const client: import('@vendor-clients/runtime').ClientCore;` },
  { name: 'getUser', code: `declare const getUser: import('@vendor-clients/runtime').OperationSpec;` },
  { name: 'listUsers', code: `declare const listUsers: import('@vendor-clients/runtime').OperationSpec;` },
  {
    name: 'bindings',
    code: `declare const bindings: import('@vendor-clients/runtime').ClientCoreOptions['bindings'];`,
  },
  {
    name: 'paths',
    code: `interface paths {
  '/users/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': { id: string } } } };
    };
  };
}`,
  },
];

/** The auth README's OAuth2 block calls the user's own storage. */
const authContext: Context = [
  {
    name: 'loadRefreshToken',
    code: `/** @returns {Promise<string>} */\nconst loadRefreshToken = async () => 'stored-refresh-token';`,
  },
  {
    name: 'saveRefreshToken',
    code: `/** @param {string | undefined} token */\nconst saveRefreshToken = (token) => void token;`,
  },
];

const readmes: ReadonlyArray<{ file: string; context: Context }> = [
  ...vendors.map((v) => ({ file: `packages/${v.id}/README.md`, context: vendorContext(v) })),
  { file: 'packages/runtime/README.md', context: runtimeContext },
  { file: 'packages/auth/README.md', context: authContext },
  { file: 'README.md', context: [] },
];

/** Every vendor package's `.d.ts` entries, so a README of another package can import it too. */
const vendorPaths = Object.fromEntries(
  vendors.flatMap((v) => [
    [v.packageName, [`packages/${v.id}/dist/index.d.ts`]],
    [`${v.packageName}/raw`, [`packages/${v.id}/dist/raw.d.ts`]],
    [`${v.packageName}/validate`, [`packages/${v.id}/dist/validate.d.ts`]],
  ]),
);

describe('README code blocks', () => {
  const all = readmes.flatMap(({ file, context }) => blocksOf(file).map((block) => ({ block, context })));
  let written: Checked[] = [];
  beforeAll(() => {
    written = writeBlocks(repoRoot, all);
  });
  afterAll(() =>
    removeWritten(
      repoRoot,
      readmes.map((r) => r.file),
    ),
  );

  it('every vendor README has its example blocks (a README with none would pass vacuously)', () => {
    for (const vendor of vendors)
      expect(all.filter((a) => a.block.file === `packages/${vendor.id}/README.md`).length).toBeGreaterThan(4);
    expect(all.filter((a) => a.block.file === 'packages/runtime/README.md').length).toBeGreaterThan(0);
    expect(all.filter((a) => a.block.file === 'packages/auth/README.md').length).toBeGreaterThan(0);
  });

  it('type-check against the built packages', () => {
    expect(typeErrors(repoRoot, written, vendorPaths)).toEqual([]);
  }, 120_000);

  it('a type error is reported at its README line', () => {
    const bad: CodeBlock = {
      file: 'packages/kestra/README.md',
      line: 40,
      code: "const n: number = 'one';\n",
      lang: 'ts',
    };
    const [checked] = writeBlocks(repoRoot, [{ block: bad, context: [] }]);
    try {
      expect(typeErrors(repoRoot, [checked!], vendorPaths)).toEqual([
        "packages/kestra/README.md:41: Type 'string' is not assignable to type 'number'.",
      ]);
    } finally {
      writeFileSync(checked!.path, 'export {};\n');
    }
  }, 120_000);

  it.each([
    { code: 'await client.getUser();', name: 'client', want: true },
    { code: 'const client = create();\nawait client.getUser();', name: 'client', want: false },
    { code: "import { client } from 'x';", name: 'client', want: false },
    { code: '// `client` as above\nconst x = { client: 1 };', name: 'client', want: false },
  ])('continues($code, $name) is $want', ({ code, name, want }) => {
    expect(continues(code, name)).toBe(want);
  });
});

describe.each(vendors)('$packageName README blocks against Prism', (vendor) => {
  const file = `packages/${vendor.id}/README.md`;
  const spec = loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
  const model = readModel(spec);
  const blocks = blocksOf(file);
  let prism: Awaited<ReturnType<typeof startPrism>>;
  let tokens: Server;
  let written: Checked[] = [];
  let shim = '';
  const saved = { ...process.env };

  beforeAll(async () => {
    prism = await startPrism(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
    // A token endpoint on 127.0.0.1 for an oauth2 credential from the environment.
    tokens = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ access_token: 'readme-access-token', token_type: 'Bearer', expires_in: 3600 }),
      );
    });
    await new Promise<void>((resolve) => tokens.listen(0, '127.0.0.1', resolve));
    written = writeBlocks(
      repoRoot,
      blocks.map((block) => ({ block, context: vendorContext(vendor) })),
    );
    const connect = vendor.factory.replace(/Client$/, '');
    shim = join(repoRoot, 'packages', vendor.id, '.readme-blocks', 'prism.mjs');
    writeFileSync(
      shim,
      `import * as pkg from '${vendor.packageName}';
export * from '${vendor.packageName}';
export const statuses = [];
const recording = pkg.defineHooks({ onResponse: ({ status }) => void statuses.push(status) });
// Prism's sample pages contradict their own counts; the demo's fetch gives them a real list's (scripts/demo/pages.ts).
const atPrism = (options = {}) => ({ baseUrl: ${JSON.stringify(prism.baseUrl)}, hooks: recording, fetch: globalThis.readmePagesFetch, ...options });
export const ${vendor.factory} = (options) => pkg.${vendor.factory}(atPrism(options));
export const ${connect} = (options) => pkg.${connect}(atPrism(options));
`,
    );
    (globalThis as { readmePagesFetch?: typeof fetch }).readmePagesFetch = coherentPages(
      model.operations,
      (url, init) => fetch(url, init),
    );
    const names = envVariables(envPrefix(vendor.factory));
    const values: Record<string, string> = {
      API_KEY: 'readme-api-key',
      USERNAME: 'readme-user',
      PASSWORD: 'readme-password',
      TOKEN: 'readme-token',
      TOKEN_URL: `http://127.0.0.1:${(tokens.address() as AddressInfo).port}/token`,
      CLIENT_ID: 'readme-client',
      CLIENT_SECRET: 'readme-client-secret',
      REFRESH_TOKEN: 'readme-refresh-token',
    };
    for (const kind of acceptedKinds(bindingsOf(model)))
      for (const name of names[kind]) {
        const suffix = name.slice(envPrefix(vendor.factory).length + 1);
        if (values[suffix]) process.env[name] = values[suffix];
      }
  }, 60_000);

  afterAll(async () => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    await prism?.close();
    await new Promise((resolve) => tokens?.close(resolve));
    removeWritten(repoRoot, [file]);
    // The validation example appends its drift reports to drift.jsonl in the working directory.
    rmSync(join(process.cwd(), 'drift.jsonl'), { force: true });
  });

  it('the first block is the user flow: one 2xx response per step, one per page of a paged list', async () => {
    const statuses = await run(0);
    const steps = flowOperations(vendor, model);
    expect(statuses).toHaveLength(steps.reduce((n, op) => n + (op.pagination ? DEMO_PAGES : 1), 0));
    expect(
      statuses.every((s) => s >= 200 && s < 300),
      `statuses ${statuses.join(', ')}`,
    ).toBe(true);
  }, 60_000);

  it.each(blocks.slice(1).map((block, i) => ({ at: `${file}:${block.line}`, index: i + 1 })))(
    '$at runs, every response a 2xx',
    async ({ index }) => {
      const statuses = await run(index);
      expect(
        statuses.every((s) => s >= 200 && s < 300),
        `statuses ${statuses.join(', ')}`,
      ).toBe(true);
    },
    60_000,
  );

  /** Runs block `index` (a fresh module), returning the statuses of the responses it got. */
  async function run(index: number): Promise<number[]> {
    const checked = written[index]!;
    const js = toRunnable(checked, { [vendor.packageName]: './prism.mjs' });
    const path = checked.path.replace(/\.m[tj]s$/, '.run.mjs');
    writeFileSync(path, js);
    const { statuses } = (await import(pathToFileURL(shim).href)) as { statuses: number[] };
    statuses.length = 0;
    await import(`${pathToFileURL(path).href}?run=${Date.now()}`);
    return [...statuses];
  }
});
