import { describe, expect, it } from 'vitest';
import { constraintText, docText, fieldDescription, replacements } from './doc-text.js';
import { rewrite } from './schema.js';
import type { JsonObject } from './spec.js';

describe('docText: flattened descriptions laid out again', () => {
  it.each([
    { given: 'One line.', want: 'One line.' },
    { given: 'First.  Second paragraph.', want: 'First.\n\nSecond paragraph.' },
    { given: 'Written\nwith breaks  kept.', want: 'Written\nwith breaks  kept.' },
    {
      given: 'Use one of: * [a](#operation/a_b) * [c](#operation/c)  Then.',
      want: 'Use one of:\n* [a](#operation/a_b)\n* [c](#operation/c)\n\nThen.',
    },
    {
      given: 'Do it.  ```bash curl -X POST \\ -d \'{ "a": 1 }\' \\ https://h/x ```',
      want: 'Do it.\n\n```bash\ncurl -X POST \\\n  -d \'{ "a": 1 }\' \\\n  https://h/x\n```',
    },
    {
      given: '```bash curl https://h/x  {   "ids": [     "a"   ] } ```',
      want: '```bash\ncurl https://h/x\n\n{\n  "ids": [\n    "a"\n  ]\n}\n```',
    },
    {
      given: '```bash curl https://h/x  {   "ids: [     "a"   ] } ```',
      want: '```bash\ncurl https://h/x\n\n{\n  "ids: [\n    "a"\n  ]\n}\n```',
    },
  ])('$given', ({ given, want }) => {
    expect(docText(given)).toBe(want);
  });
});

describe('constraintText and fieldDescription: range, length, items and pattern in words', () => {
  it.each([
    { given: {}, want: undefined },
    { given: { minimum: 1, maximum: 100 }, want: 'Minimum 1, maximum 100.' },
    { given: { exclusiveMinimum: 0 }, want: 'Greater than 0.' },
    { given: { minLength: 1, maxLength: 64 }, want: '1 to 64 characters.' },
    { given: { maxItems: 10, uniqueItems: true }, want: 'At most 10 items, no duplicates.' },
    { given: { pattern: '^[a-z]+$' }, want: 'Matches `^[a-z]+$`.' },
  ])('$given', ({ given, want }) => {
    expect(constraintText(given as JsonObject)).toBe(want);
  });

  it('puts the range after the description', () => {
    expect(fieldDescription('Page size.', { minimum: 1, maximum: 100 })).toBe(
      'Page size.\n\nMinimum 1, maximum 100.',
    );
    expect(fieldDescription(undefined, {})).toBeUndefined();
  });
});

describe('replacements: what a deprecated operation points to', () => {
  it.each([
    { given: 'use [this](#operation/get_user_v2).', known: ['getUserV2'], want: ['getUserV2'] },
    { given: 'use [this](#operation/elsewhere_op).', known: ['getUser'], want: ['elsewhere_op'] },
    { given: 'no link', known: [], want: [] },
  ])('$given', ({ given, known, want }) => {
    expect(replacements(given, known)).toEqual(want);
  });
});

describe("rewrite: openapi-typescript's comments with a plain description", () => {
  it.each([
    { given: '* @description Search. ', want: '* Search. ' },
    {
      given:
        '*\n * Format: int32\n * @deprecated\n * @description Old.\n *     ```bash\n *       curl x\n *     ```\n * @default 20\n ',
      want: '*\n * Old.\n * ```bash\n *   curl x\n * ```\n *\n * Format: int32\n * @deprecated\n * @default 20\n ',
    },
    { given: '* @enum {string} ', want: '* @enum {string} ' },
  ])('$given', ({ given, want }) => {
    expect(rewrite(given)).toBe(want);
  });
});
