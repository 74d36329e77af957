/** `pnpm spec:changeset [--base REF]`: writes .changeset/spec-<vendor>-<hash>.md for changed specs. */
import { parseArgs } from 'node:util';
import { vendors } from '../vendors.ts';
import { repoRoot } from './git-base.ts';
import { runSpecChangeset } from './spec-changeset.ts';

function main(): void {
  const { values } = parseArgs({
    options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(
      'usage: pnpm spec:changeset [--base REF]\n  REF defaults to each package\'s newest "<name>@*" tag, else main',
    );
    return;
  }
  const repo = repoRoot(process.cwd());
  const results = runSpecChangeset(values.base ? { repo, vendors, base: values.base } : { repo, vendors });
  for (const result of results) {
    const what =
      result.bump === null ? 'no API change' : `${result.bump} -> ${result.file} (${result.outcome})`;
    console.log(`${result.vendorId}: ${what} [base ${result.base}]`);
  }
}

try {
  main();
} catch (error) {
  console.error(`spec:changeset: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
