/** For each vendor: compare its spec with the release base and keep one changeset describing the change. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vendor } from '../vendors.ts';
import {
  changeHash,
  changesetFileName,
  renderChangeset,
  syncChangeset,
  type WriteOutcome,
} from './changeset-file.ts';
import { assertRefExists, defaultBase, fileAtRef } from './git-base.ts';
import { parseSpec } from './read-spec.ts';
import { type Bump, compareSpecs } from './spec-change.ts';

export interface SpecChangesetOptions {
  readonly repo: string;
  readonly vendors: readonly Vendor[];
  /** Compare every vendor with this ref instead of its newest release tag. */
  readonly base?: string;
}

export interface VendorResult {
  readonly vendorId: string;
  readonly base: string;
  readonly bump: Bump | null;
  readonly file: string | null;
  readonly outcome: WriteOutcome;
}

export function specFileOf(vendor: Vendor): string {
  return `specs/${vendor.id}/openapi.yaml`;
}

export function runSpecChangeset(options: SpecChangesetOptions): VendorResult[] {
  const changesetDir = join(options.repo, '.changeset');
  if (!existsSync(changesetDir))
    throw new Error(`${changesetDir} does not exist: is ${options.repo} the repo root?`);
  const results: VendorResult[] = [];
  for (const vendor of options.vendors) {
    const specFile = specFileOf(vendor);
    const specPath = join(options.repo, specFile);
    if (!existsSync(specPath))
      throw new Error(`${specPath} does not exist (vendor "${vendor.id}" in scripts/vendors.ts)`);
    const base = options.base ?? defaultBase(options.repo, vendor.packageName);
    assertRefExists(options.repo, base);
    const currentText = readFileSync(specPath, 'utf8');
    const baseText = fileAtRef(options.repo, base, specFile);
    const current = parseSpec(currentText, specFile);
    const comparison =
      baseText === null
        ? {
            bump: 'minor' as const,
            changes: [{ bump: 'minor' as const, text: `new package: ${vendor.packageName}` }],
          }
        : compareSpecs(parseSpec(baseText, `${base}:${specFile}`), current);
    if (comparison.bump === null) {
      const outcome = syncChangeset(changesetDir, vendor.id, null, null);
      results.push({ vendorId: vendor.id, base, bump: null, file: null, outcome });
      continue;
    }
    const fileName = changesetFileName(vendor.id, changeHash(baseText, currentText));
    const content = renderChangeset({
      vendorId: vendor.id,
      packageName: vendor.packageName,
      bump: comparison.bump,
      base,
      specFile,
      changes: comparison.changes,
    });
    const outcome = syncChangeset(changesetDir, vendor.id, fileName, content);
    results.push({
      vendorId: vendor.id,
      base,
      bump: comparison.bump,
      file: `.changeset/${fileName}`,
      outcome,
    });
  }
  return results;
}
