import { existsSync } from 'node:fs';
import { join } from 'node:path';
// The reconstructor is the scripts package's own TypeScript; it runs in-process, as docsets.test.ts times it.
import { reconstructVendor } from '../../scripts/reconstruct/reconstruct.ts';
import { vendors } from '../../scripts/vendors.ts';

/** Wall time of reconstructing all five specs from the docs in-process (nothing is written). */
export async function reconstructAllMs(repoRoot: string): Promise<{ ms: number; operations: number }> {
  const docSets = join(repoRoot, '..', 'shared', 'docsets');
  if (!existsSync(docSets)) {
    throw new Error(`reconstruct needs the vendor doc sets in ${docSets} (as in CI); they are not there`);
  }
  const specs = join(repoRoot, 'specs');
  const started = performance.now();
  let operations = 0;
  for (const vendor of vendors) {
    operations += (await reconstructVendor(vendor, docSets, specs)).operations;
  }
  return { ms: performance.now() - started, operations };
}
