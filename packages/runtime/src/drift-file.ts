import { appendFileSync } from 'node:fs';
import type { DriftReport } from './validate.js';

/**
 * An `onDrift` that appends each report to `path` as one line of JSON (JSON Lines), the input of
 * `pnpm drift`. Written at once (a report is rare and small), so a process that exits loses none.
 */
export function driftFile(path: string): (report: DriftReport) => void {
  if (typeof path !== 'string' || path === '') throw new TypeError('driftFile: path must be a file path');
  return (report) => appendFileSync(path, `${JSON.stringify({ at: new Date().toISOString(), ...report })}\n`);
}
