import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJava, JavaMissingError } from './java.ts';

const dir = mkdtempSync(join(tmpdir(), 'vc-java-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PATH of one folder whose `java` adds a byte to `runs` each time and exits with `status` (none: no java). */
function pathWithJava(name: string, status: number | undefined): { path: string; runs: () => number } {
  const bin = join(dir, name.replace(/\W+/g, '-'));
  const runs = join(bin, 'runs');
  mkdirSync(bin);
  if (status !== undefined) {
    const java = join(bin, 'java');
    writeFileSync(
      java,
      `#!/bin/sh\nprintf x >> '${runs}'\necho 'openjdk version "17-fake"' >&2\nexit ${status}\n`,
    );
    chmodSync(java, 0o755);
  }
  return {
    path: bin,
    runs: () => (existsSync(runs) ? readFileSync(runs, 'utf8').length : 0),
  };
}

/** given: the exit status of the `java` on PATH (none: no java); want: what three checks return, and how often java ran. */
const cases: Array<
  [name: string, given: number | undefined, want: { each: string | typeof JavaMissingError; runs: number }]
> = [
  ['a java that works: run once, remembered', 0, { each: 'openjdk version "17-fake"', runs: 1 }],
  ['a java that fails: run and thrown every time', 1, { each: JavaMissingError, runs: 3 }],
  ['no java: thrown every time', undefined, { each: JavaMissingError, runs: 0 }],
];

describe('checkJava', () => {
  it.each(cases)('%s', (name, given, want) => {
    const { path, runs } = pathWithJava(name, given);
    for (let n = 0; n < 3; n++) {
      const check = () => checkJava({ PATH: path });
      if (typeof want.each === 'string') expect(check()).toBe(want.each);
      else expect(check).toThrow(want.each);
    }
    expect(runs()).toBe(want.runs);
  });
});
