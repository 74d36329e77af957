import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors.js';
import { modelOfVendor } from './model-of.js';
import { runTour, tourOperations } from './tour.js';

describe('demo tour (needs `pnpm build` for the vendor dist folders)', () => {
  it.each(vendors.map((v) => [v.id, v] as const))(
    '%s: every call of the tour answers',
    async (_id, vendor) => {
      const lines: string[] = [];
      const failures = await runTour(vendor, (line) => lines.push(line));
      expect(failures, lines.join('\n')).toBe(0);
      const steps = tourOperations(modelOfVendor(vendor).operations).length;
      expect(steps).toBeGreaterThanOrEqual(2);
      expect(lines.filter((l) => l.includes('->'))).toHaveLength(steps);
    },
    60_000,
  );
});
