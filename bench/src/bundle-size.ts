import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '@hey-api/openapi-ts';
import { build, type Plugin } from 'esbuild';

export interface Size {
  minified: number;
  gzipped: number;
}

/** Source text to bundle, resolving its imports from `resolveDir` (a folder inside the workspace). */
export interface SourceEntry {
  contents: string;
  resolveDir: string;
}

/**
 * Minified (esbuild) and gzipped (level 9) size in bytes of one consumer's source text bundled for the
 * browser. `dropLabels` leaves out the statements with those labels: the runtime labels what a
 * feature adds to the path every call takes (`hooks:`, `metadata:`, `validation:`), so the difference is what the
 * feature costs a program that does not use it.
 */
export async function bundledSize(
  entry: SourceEntry,
  dropLabels: string[] = [],
  plugins: Plugin[] = [],
): Promise<Size> {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    dropLabels,
    plugins,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * The small consumer: one vendor client, one credential, one call, written as a size-conscious user
 * would, with the standalone operation function (the bundle keeps only the operations imported).
 */
export const vendorConsumer = `import { basic, createKestra, getUser } from '@vendor-clients/kestra';

const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
getUser(kestra, { path: { id: 'u-1' } }).then((user) => console.log(user.id));
`;

/** The small consumer, also asking for the response metadata. */
const vendorMetadataConsumer = `import { basic, createKestra, getUser, withResponse } from '@vendor-clients/kestra';

const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
withResponse(getUser(kestra, { path: { id: 'u-1' } })).then(({ data, requestId }) => console.log(data.id, requestId));
`;

/** The small consumer with a logging hook on its client. */
const vendorHooksConsumer = `import { basic, createKestra, defineHooks, getUser } from '@vendor-clients/kestra';

const hooks = defineHooks({ onResponse: ({ status, elapsedMs }) => console.log(status, elapsedMs) });
const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret'), hooks });
getUser(kestra, { path: { id: 'u-1' } }).then((user) => console.log(user.id));
`;

/** The small consumer validating its responses in report mode (the vendor package's /validate entry). */
const vendorValidationConsumer = `import { basic, createKestra, getUser } from '@vendor-clients/kestra';
import { validation } from '@vendor-clients/kestra/validate';

const validate = validation({ mode: 'report', onDrift: (report) => console.log(report.pointer) });
const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret'), validate });
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

/** A consumer that calls the paged `listUsers` as one plain call: it never paginates. */
const pagedCallConsumer = `import { basic, createKestra, listUsers } from '@vendor-clients/kestra';

const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
listUsers(kestra, { query: { page: 1, size: 10 } }).then((page) => console.log(page.total));
`;

/** The same consumer looping over every page of `listUsers`. */
const pagingConsumer = `import { basic, createKestra, paginateListUsers } from '@vendor-clients/kestra';

const kestra = createKestra({ baseUrl: 'https://kestra.example', auth: basic('user', 'secret') });
for await (const user of paginateListUsers(kestra, { query: { size: 100 } })) console.log(user.id);
`;

/**
 * Builds as if pagination did not exist: the runtime's paginate module empty, and the operation specs
 * without their \`pagination\` entries. Pagination is a module of its own, not labelled statements on
 * the common path, so this, not \`dropLabels\`, shows what it costs a bundle that never paginates.
 * \`stripped\` counts what it took out, so a renamed file cannot make pagination look free.
 */
function withoutPaging(stripped: { entries: number; modules: number }): Plugin {
  return {
    name: 'without-paging',
    setup(b) {
      b.onLoad({ filter: /runtime[\\/]dist[\\/]paginate\.js$/ }, () => {
        stripped.modules++;
        return {
          contents: 'export const paginate = undefined;\nexport class PaginationError {}\n',
          loader: 'js',
        };
      });
      b.onLoad({ filter: /operations\.gen\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const contents = text.replace(/,\s*pagination:\s*\{[^}]*\}/g, () => {
          stripped.entries++;
          return '';
        });
        return { contents, loader: 'js' };
      });
    },
  };
}

/** What pagination costs a bundle that calls a paged operation but never paginates, and one that does. */
export interface PagingSizes {
  /** The plain call of the paged operation, as shipped. */
  plainCall: Size;
  /** The same, built as if pagination did not exist. */
  withoutPaging: Size;
  /** The consumer looping over every page. */
  paging: Size;
  /** The method-form consumer (getUser), as shipped and built as if pagination did not exist. */
  methods: Size;
  methodsWithoutPaging: Size;
}

export async function measurePaging(dir: string): Promise<PagingSizes> {
  mkdirSync(dir, { recursive: true });
  const at = (contents: string): SourceEntry => ({ contents, resolveDir: dir });
  const stripped = { entries: 0, modules: 0 };
  const sizes = {
    plainCall: await bundledSize(at(pagedCallConsumer)),
    withoutPaging: await bundledSize(at(pagedCallConsumer), [], [withoutPaging(stripped)]),
    paging: await bundledSize(at(pagingConsumer)),
    methods: await bundledSize(at(vendorMethodsConsumer)),
    methodsWithoutPaging: await bundledSize(at(vendorMethodsConsumer), [], [withoutPaging(stripped)]),
  };
  if (stripped.entries === 0 || stripped.modules === 0)
    throw new Error(
      'withoutPaging found no pagination entry or no runtime paginate module to take out; its filters are stale',
    );
  return sizes;
}

export interface BundleResult {
  vendor: Size;
  vendorMethods: Size;
  heyApi: Size;
  heyApiGenerateMs: number;
  /** The small consumer using each feature. */
  using: Record<Feature, Size>;
  /** The small consumer (using neither) built without each feature's labelled statements. */
  without: Record<Feature, Size>;
}

/** The runtime's optional features, by the label its statements carry. */
export const FEATURES = ['metadata', 'hooks', 'validation'] as const;
export type Feature = (typeof FEATURES)[number];

/** The small consumer using each feature. */
const featureConsumers: Record<Feature, string> = {
  metadata: vendorMetadataConsumer,
  hooks: vendorHooksConsumer,
  validation: vendorValidationConsumer,
};

/**
 * Sizes every consumer, resolved from `dir` (inside the workspace, so the vendor package resolves), where
 * hey-api's client is generated for its consumer.
 */
export async function measureBundles(dir: string, specPath: string): Promise<BundleResult> {
  mkdirSync(dir, { recursive: true });
  const at = (contents: string): SourceEntry => ({ contents, resolveDir: dir });
  const started = performance.now();
  await createClient({
    input: specPath,
    output: { path: join(dir, 'hey-api'), postProcess: [] },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { level: 'silent' },
  });
  const heyApiGenerateMs = performance.now() - started;
  const vendor = await bundledSize(at(vendorConsumer));
  const sized = async (size: (feature: Feature) => Promise<Size>) =>
    Object.fromEntries(await Promise.all(FEATURES.map(async (f) => [f, await size(f)] as const))) as Record<
      Feature,
      Size
    >;
  const without = await sized(async (feature) => {
    const size = await bundledSize(at(vendorConsumer), [feature]);
    // Labels that no longer reach the bundle (renamed, or removed by a refactor) would read as "free".
    if (size.minified === vendor.minified) {
      throw new Error(
        `no statement labelled "${feature}:" reached the bundle; the runtime's labels are gone`,
      );
    }
    return size;
  });
  return {
    vendor,
    vendorMethods: await bundledSize(at(vendorMethodsConsumer)),
    heyApi: await bundledSize(at(heyApiConsumer)),
    heyApiGenerateMs,
    using: await sized((feature) => bundledSize(at(featureConsumers[feature]))),
    without,
  };
}
