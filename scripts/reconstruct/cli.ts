/** `pnpm reconstruct [--docs DIR] [vendor...]`: docs -> specs/<vendor>/openapi.yaml. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Vendor, vendorById, vendors } from '../vendors.ts';
import { DocError } from './doc-error.ts';
import { reconstructVendor } from './reconstruct.ts';
import { writeFileAtomic } from './write-file.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArgs(argv: string[]): { docs: string; specs: string; selected: Vendor[] } {
  let docs = join(root, '..', 'shared', 'docsets');
  let specs = join(root, 'specs');
  const ids: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--docs' || arg === '--specs') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a folder`);
      if (arg === '--docs') docs = resolve(value);
      else specs = resolve(value);
    } else if (arg === '--') continue;
    else if (arg.startsWith('-'))
      throw new Error(`unknown option ${arg} (use --docs DIR, --specs DIR, vendor ids)`);
    else ids.push(arg);
  }
  if (!existsSync(docs)) throw new Error(`docs folder ${docs} not found (pass --docs DIR)`);
  return { docs, specs, selected: ids.length ? ids.map(vendorById) : [...vendors] };
}

async function main(): Promise<void> {
  const { docs, specs, selected } = parseArgs(process.argv.slice(2));
  console.log(`==> reconstruct ${selected.length} spec(s) from ${docs}`);
  const started = performance.now();
  // Everything is built and validated before anything is written: a failure leaves specs/ untouched.
  const results = [];
  for (const [n, vendor] of selected.entries()) {
    const t0 = performance.now();
    const result = await reconstructVendor(vendor, docs, specs);
    for (const d of result.dialects) console.log(`  dialect ${d}`);
    for (const w of result.warnings) console.log(`  ! ${w}`);
    for (const c of result.changes) console.log(`  ~ ${c}`);
    const s = result.sources;
    const total = Object.values(result.models).reduce((a, b) => a + b, 0);
    const models = `${total} models: ${result.models.withFields} with fields; ${s.fromPages} from model pages, ${s.fromSamplesOnly} from samples only, ${s.emptyPages} whose page lists no field, ${s.shapeless} shapeless`;
    console.log(
      `✔ [${n + 1}/${selected.length}] ${vendor.id}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${result.operations} operations, ${models} (${Math.round(performance.now() - t0)} ms)`,
    );
    results.push({ vendor, result });
  }
  for (const { vendor, result } of results) {
    writeFileAtomic(join(specs, vendor.id, 'openapi.yaml'), result.yaml);
    writeFileAtomic(join(specs, vendor.id, 'docset.tsv'), result.record);
  }
  console.log(`==> wrote ${results.length} spec(s) in ${Math.round(performance.now() - started)} ms`);
}

main().catch((e: unknown) => {
  console.error(`✘ ${e instanceof DocError || e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
