// `pnpm demo [--validate] [vendor...]`: a short tour of each vendor's client against Prism serving the
// vendor's spec; with --validate, every response is checked in report mode and the drift printed.
import { performance } from 'node:perf_hooks';
import { vendorById, vendors } from '../vendors.js';
import { runTour } from './tour.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const validate = args.includes('--validate');
const unknown = args.find((a) => a.startsWith('-') && a !== '--validate');
if (unknown) {
  console.error(`✘ unknown option ${unknown} (use --validate, vendor ids)`);
  process.exit(1);
}
const wanted = args.filter((a) => !a.startsWith('-'));
const chosen = wanted.length > 0 ? wanted.map(vendorById) : vendors;
let failures = 0;
for (const [index, vendor] of chosen.entries()) {
  const started = performance.now();
  const refused = await runTour(vendor, (line) => console.log(line), { validate });
  failures += refused;
  const ms = Math.round(performance.now() - started);
  const mark = refused === 0 ? '✔' : '✘';
  console.log(`${mark} [${index + 1}/${chosen.length}] ${vendor.id} (${ms} ms)\n`);
}
console.log(failures === 0 ? 'demo: every call accepted' : `demo: ${failures} call(s) refused`);
process.exit(failures === 0 ? 0 : 1);
