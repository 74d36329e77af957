/**
 * The `python-docs` task: regenerates every vendor's Python doc set from its spec with openapi-generator
 * into scripts/.python-docs/ (turbo caches it on the specs and this code). `pnpm roundtrip` reads them.
 */
import { relative } from 'node:path';
import { vendorById, vendors } from '../vendors.ts';
import { pythonDocsDir, repoRoot, specsDir } from './paths.ts';
import { generatePythonDocs } from './python-docs.ts';

const ids = process.argv.slice(2).filter((a) => a !== '--');
const selected = ids.length ? ids.map(vendorById) : [...vendors];
generatePythonDocs(selected, specsDir, pythonDocsDir, (line) => console.log(line)).then(
  (docs) => console.log(`==> wrote ${docs.length} doc set(s) under ${relative(repoRoot, pythonDocsDir)}`),
  (error: unknown) => {
    console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
