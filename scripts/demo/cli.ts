// `pnpm demo [vendor...]`: a short tour of each vendor's client against a local mock of its API.
import { vendorById, vendors } from '../vendors.js';
import { runTour } from './tour.js';

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const chosen = wanted.length > 0 ? wanted.map(vendorById) : vendors;
let failures = 0;
for (const vendor of chosen) {
  failures += await runTour(vendor, (line) => console.log(line));
  console.log('');
}
console.log(failures === 0 ? 'demo: every call answered' : `demo: ${failures} call(s) failed`);
process.exit(failures === 0 ? 0 : 1);
