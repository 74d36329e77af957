/**
 * `pnpm drift [--write] [--specs DIR] FILE...`: drift reports (JSON Lines, from `driftFile`) turned into
 * proposed actions for specs/<vendor>/overlay.yaml, printed with how often each was seen. `--write`
 * appends them to the overlays (each under a comment naming its source), for review as a diff; then
 * `pnpm reconstruct` and `pnpm build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { propose, type ReadReport } from './proposals.ts';
import { readReports } from './read-reports.ts';
import { writeActions } from './write-overlay.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArgs(argv: string[]): { files: string[]; specs: string; write: boolean } {
  let specs = join(root, 'specs');
  let write = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--write') write = true;
    else if (arg === '--specs') {
      const value = argv[++i];
      if (!value) throw new Error('--specs needs a folder');
      specs = resolve(value);
    } else if (arg.startsWith('-'))
      throw new Error(`unknown option ${arg} (use --write, --specs DIR, report files)`);
    // pnpm runs the script in scripts/: a relative path is the caller's.
    else files.push(resolve(process.env.INIT_CWD ?? process.cwd(), arg));
  }
  if (files.length === 0) throw new Error('no report files given: pnpm drift [--write] FILE.jsonl...');
  return { files, specs, write };
}

function main(): void {
  const { files, specs, write } = parseArgs(process.argv.slice(2));
  const reports: ReadReport[] = files.flatMap(readReports);
  console.log(`==> drift: ${reports.length} report(s) from ${files.length} file(s)`);
  const vendors = [...new Set(reports.map((r) => r.vendor))].sort();
  const dates = reports.flatMap((r) => (r.at ? [r.at.slice(0, 10)] : [])).sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates.at(-1)
        ? `, ${dates[0]}`
        : `, ${dates[0]} to ${dates.at(-1)}`;
  const source = `${files.map((f) => basename(f)).join(', ')}${span}`;
  let proposed = 0;
  let written = 0;
  for (const [n, vendor] of vendors.entries()) {
    const specFile = join(specs, vendor, 'openapi.yaml');
    const overlayFile = join(specs, vendor, 'overlay.yaml');
    if (!existsSync(specFile) || !existsSync(overlayFile)) {
      throw new Error(
        `reports name vendor "${vendor}", which has no ${relative(root, specFile)} and overlay.yaml`,
      );
    }
    const { proposals, notes } = propose(
      vendor,
      parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>,
      reports,
    );
    proposed += proposals.length;
    for (const p of proposals) {
      console.log(`  + ${p.target}: ${p.remove ? 'remove' : JSON.stringify(p.update)}\n      ${p.why}`);
    }
    for (const note of notes) console.log(`  ! ${note}`);
    let line = `${proposals.length} action(s) proposed for ${relative(root, overlayFile)}`;
    if (write && proposals.length) {
      const added = writeActions(overlayFile, proposals, source);
      written += added.length;
      line += `, ${added.length} written (${proposals.length - added.length} already there)`;
    }
    console.log(`✔ [${n + 1}/${vendors.length}] ${vendor}: ${line}`);
  }
  if (!write && proposed)
    console.log('==> nothing written: run again with --write, review the diff, then pnpm reconstruct');
  else if (write)
    console.log(`==> wrote ${written} action(s); review with git diff, then pnpm reconstruct and pnpm build`);
  else console.log('==> no action to propose');
}

try {
  main();
} catch (e: unknown) {
  console.error(`✘ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
