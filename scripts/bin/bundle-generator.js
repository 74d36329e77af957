#!/usr/bin/env node
// The scripts package's `build`: bundles generate/cli.ts with its dependencies into one ESM file,
// dist/vc-generate.js, so each vendor's `generate` loads plain JavaScript once instead of going through
// tsx's loader (a second thread resolving and compiling every module). TypeScript stays outside the
// bundle and is loaded with require(): importing that 9 MB CommonJS file from ESM makes Node scan all
// of it for export names first (about a second per vendor). dist/vc-generate.sources.json records a
// hash of every source file the bundle holds, so vc-generate can tell a stale bundle and fall back.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const scriptsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(scriptsDir, '..');
const outFile = join(scriptsDir, 'dist', 'vc-generate.js');

/** `typescript` becomes `module.exports = require('typescript')`, the require bound by the banner. */
const typescriptThroughRequire = {
  name: 'typescript-through-require',
  setup(plugin) {
    plugin.onResolve({ filter: /^typescript$/ }, (args) =>
      args.namespace === 'typescript-cjs'
        ? { path: 'typescript', external: true }
        : { path: 'typescript', namespace: 'typescript-cjs' },
    );
    plugin.onLoad({ filter: /.*/, namespace: 'typescript-cjs' }, () => ({
      contents: "module.exports = require('typescript');",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [join(scriptsDir, 'generate', 'cli.ts')],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Workspace packages keep their own dist (auth is built by its own task); they are ESM already.
  external: ['@vendor-clients/*'],
  plugins: [typescriptThroughRequire],
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
      "const __sourceUrl = new URL('../generate/cli.ts', import.meta.url).href;",
    ].join('\n'),
  },
  // generate.ts finds the repository root from its own file: keep that scripts/generate, wherever the
  // checkout is (the bundle may be replayed from turbo's cache).
  define: { 'import.meta.url': '__sourceUrl' },
  metafile: true,
  logLevel: 'warning',
});

const sources = Object.keys(result.metafile.inputs)
  .filter((input) => !input.includes('node_modules') && !input.includes(':'))
  .map((input) => relative(repoRoot, resolve(input)).split('\\').join('/'))
  .sort();
const hashes = Object.fromEntries(
  sources.map((file) => [
    file,
    createHash('sha256')
      .update(readFileSync(join(repoRoot, file)))
      .digest('hex'),
  ]),
);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(join(dirname(outFile), 'vc-generate.sources.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`bundle-generator: wrote ${relative(repoRoot, outFile)} from ${sources.length} source files`);
