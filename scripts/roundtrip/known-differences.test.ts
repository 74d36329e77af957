import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKnownDifferences } from './known-differences.ts';
import { knownDifferencesFile } from './paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'vc-known-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ids = ['kestra', 'onezone'];
const entry = (fact: string, extra = '') =>
  `- vendor: kestra\n  fact: ${fact}\n  reason: "the 5.0 doc prints this another way"${extra}\n`;

/** given: the file's text; want: the entries read, or the `file:line: reason` error. */
const cases: Array<[name: string, given: string, want: number | RegExp]> = [
  ['empty', '# nothing yet\n', 0],
  ['two entries', entry('scheme a') + entry('scheme b'), 2],
  ['not a list', 'vendor: kestra\n', /:1: expected a list of \{ vendor, fact, reason \}/],
  [
    'an unknown vendor',
    entry('scheme a').replace('kestra', 'acme'),
    /:1: "vendor" must be one of kestra, onezone/,
  ],
  ['a fact of no known kind', entry('thing a'), /:1: "fact" must be "<kind> <key>"/],
  ['no reason', '- vendor: kestra\n  fact: scheme a\n', /:1: "reason" must say why/],
  ['an unknown key', entry('scheme a', '\n  why: x'), /:1: unknown key "why"/],
  ['the same fact twice', entry('scheme a') + entry('scheme a'), /:4: "scheme a" of kestra is listed twice/],
  ['broken YAML', '- vendor: [kestra\n', /:\d+: invalid YAML/],
];

describe('readKnownDifferences', () => {
  it.each(cases)('%s', (name, given, want) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, given);
    if (typeof want === 'number') expect(readKnownDifferences(file, ids)).toHaveLength(want);
    else expect(() => readKnownDifferences(file, ids)).toThrow(new RegExp(`${file}${want.source}`));
  });

  it('reads the checked-in file', () => {
    expect(() =>
      readKnownDifferences(knownDifferencesFile, [
        'onezone',
        'tiledb-cloud',
        'arthur',
        'kestra',
        'extremecloudiq',
      ]),
    ).not.toThrow();
  });
});
