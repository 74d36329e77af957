import { describe, expect, it } from 'vitest';
import { type CallVariant, measureOverhead } from './overhead.ts';
import { userBody } from './user-server.ts';

// Two plain-fetch variants against the real bench server: measureOverhead itself checks the server saw
// exactly rounds × 2 modes × variants × calls requests, so a slicing that lost or added calls fails.
const variants: CallVariant[] = ['a', 'b'].map((name) => ({
  name,
  make: (baseUrl) => async (id) => (await fetch(`${baseUrl}/api/v1/users/${encodeURIComponent(id)}`)).json(),
}));

describe('measureOverhead', () => {
  it.each([
    { calls: 7, rounds: 2, concurrency: 3, turns: 3 },
    { calls: 5, rounds: 1, concurrency: 2, turns: 5 },
    { calls: 4, rounds: 1, concurrency: 4 },
  ])('splits $calls calls into $turns turns per variant without losing one', async (options) => {
    const result = await measureOverhead(options, variants);
    for (const mode of ['sequential', 'concurrent'] as const) {
      expect(Object.keys(result[mode]).sort()).toEqual(['a', 'b']);
      for (const ms of Object.values(result[mode])) expect(ms).toBeGreaterThan(0);
      expect(Object.keys(result.cpu[mode]).sort()).toEqual(['a', 'b']);
      for (const ms of Object.values(result.cpu[mode])) expect(ms).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    { turns: 0, error: 'turns must be an integer from 1 to calls (4), got 0' },
    { turns: 5, error: 'turns must be an integer from 1 to calls (4), got 5' },
    { turns: 1.5, error: 'got 1.5' },
  ])('refuses turns $turns', async ({ turns, error }) => {
    await expect(measureOverhead({ calls: 4, rounds: 1, concurrency: 2, turns }, variants)).rejects.toThrow(
      error,
    );
  });

  it('checks each variant returns the server user', async () => {
    const wrong: CallVariant = { name: 'wrong', make: () => async () => userBody('someone else') };
    await expect(measureOverhead({ calls: 2, rounds: 1, concurrency: 1 }, [wrong])).rejects.toThrow(
      'variant "wrong" returned',
    );
  });
});
