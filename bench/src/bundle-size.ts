import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '@hey-api/openapi-ts';
import { build } from 'esbuild';

/** Minified (esbuild) and gzipped (level 9) size in bytes of one entry file bundled for the browser. */
export async function bundledSize(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * The small consumer: one vendor client, one credential, one call, written as a size-conscious user
 * would, with the standalone operation function (the bundle keeps only the operations imported).
 */
const vendorConsumer = `import { basic, createKestra, getUser } from '@vendor-clients/kestra';

const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
getUser(kestra, { path: { id: 'u-1' } }).then((user) => console.log(user.id));
`;

/** The same consumer with the method-style client (every operation is a method, so all are kept). */
const vendorMethodsConsumer = `import { basic, createKestraClient } from '@vendor-clients/kestra';

const client = createKestraClient({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
client.getUser({ path: { id: 'u-1' } }).then((user) => console.log(user.id));
`;

/** The same consumer against the client @hey-api/openapi-ts generates from the same spec. */
const heyApiConsumer = `import { client } from './hey-api/client.gen';
import { getUser } from './hey-api/sdk.gen';

client.setConfig({ baseUrl: 'https://kestra.example', auth: () => 'user:secret' });
getUser({ path: { id: 'u-1' }, throwOnError: true }).then(({ data }) => console.log(data.id));
`;

export interface BundleResult {
  vendor: { minified: number; gzipped: number };
  vendorMethods: { minified: number; gzipped: number };
  heyApi: { minified: number; gzipped: number };
  heyApiGenerateMs: number;
}

/** Writes both consumers under `dir` (inside the workspace, so the vendor package resolves) and sizes them. */
export async function measureBundles(dir: string, specPath: string): Promise<BundleResult> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'vendor.ts'), vendorConsumer);
  writeFileSync(join(dir, 'vendor-methods.ts'), vendorMethodsConsumer);
  writeFileSync(join(dir, 'hey-api.ts'), heyApiConsumer);
  const started = performance.now();
  await createClient({
    input: specPath,
    output: { path: join(dir, 'hey-api'), postProcess: [] },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { level: 'silent' },
  });
  const heyApiGenerateMs = performance.now() - started;
  return {
    vendor: await bundledSize(join(dir, 'vendor.ts')),
    vendorMethods: await bundledSize(join(dir, 'vendor-methods.ts')),
    heyApi: await bundledSize(join(dir, 'hey-api.ts')),
    heyApiGenerateMs,
  };
}
