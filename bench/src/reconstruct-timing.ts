import { existsSync } from 'node:fs';
import { join } from 'node:path';
// The reconstructor is the scripts package's own TypeScript; it runs in-process, as seeds.test.ts times it.
import { reconstructVendor } from '../../scripts/reconstruct/reconstruct.ts';
import { vendors } from '../../scripts/vendors.ts';

/** Wall time of reconstructing all five specs from the docs in-process (nothing is written). */
export async function reconstructAllMs(repoRoot: string): Promise<{ ms: number; operations: number }> {
  const seeds = join(repoRoot, '..', 'shared', 'seeds');
  if (!existsSync(seeds)) {
    throw new Error(`reconstruct needs the vendor docs in ${seeds} (as in CI); they are not there`);
  }
  const specs = join(repoRoot, 'specs');
  const started = performance.now();
  let operations = 0;
  for (const vendor of vendors) {
    operations += (await reconstructVendor(vendor, seeds, specs)).operations;
  }
  return { ms: performance.now() - started, operations };
}
