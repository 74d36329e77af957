/** A doc set on disk: which pages it reads, how it records them, and what changed since the record. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedPages, provenanceRecord, readDocSet } from './docset.ts';

const base = mkdtempSync(join(tmpdir(), 'docset-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

/** Writes pages (path -> text) into a fresh folder and returns it. */
function folder(pages: Record<string, string>): string {
  const dir = join(base, String(n++));
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** given: pages on disk; want: the model pages read and the links that found no page. */
type TestCase = [
  name: string,
  pages: Record<string, string>,
  api: string,
  want: { models: string[]; missing: string[] },
];

const cases: TestCase[] = [
  [
    'links are followed transitively; navigation, anchors and scalar pages are not pages',
    {
      'WidgetApi.md':
        '[**Widget**](Widget.md) [**str**](str.md) [top](#top) [[Back]](../README.md) [op](WidgetApi.md#op)',
      'Widget.md': '**part** | [**Part**](Part.md)\n[[Back]](../README.md#documentation-for-models)',
      'Part.md': '**widget** | [**Widget**](Widget.md)',
      'Unlinked.md': 'never read',
    },
    'WidgetApi.md',
    { models: ['Part', 'Widget'], missing: [] },
  ],
  [
    'python-experimental folders, and a link with an unrendered template prefix found beside the others',
    {
      'apis/tags/WidgetApi.md':
        '[**Widget**](../../models/Widget.md) [**Part**]({{complexTypePrefix}}Part.md)',
      'models/Widget.md': '# widget',
      'models/Part.md': '# part',
    },
    'apis/tags/WidgetApi.md',
    { models: ['Part', 'Widget'], missing: [] },
  ],
  [
    'a link to a model page the set lacks is reported with its line',
    { 'WidgetApi.md': 'first line\n[**Gone**](Gone.md)' },
    'WidgetApi.md',
    { models: [], missing: ['Gone@2'] },
  ],
];

describe('readDocSet', () => {
  it.each(cases)('%s', (_name, pages, api, want) => {
    const set = readDocSet(folder(pages), [api]);
    expect([...set.modelPages.keys()].sort()).toEqual(want.models);
    expect(set.missing.map((m) => `${m.model}@${m.line}`)).toEqual(want.missing);
  });

  it('an API page that is not there is an error naming it', () => {
    expect(() => readDocSet(folder({ 'A.md': '' }), ['WidgetApi.md'])).toThrow(
      /WidgetApi\.md:1: API page WidgetApi\.md is not in the doc set/,
    );
  });

  it('records each page with its digest and upstream path, and reports what changed since', () => {
    const dir = folder({
      'WidgetApi.md': '[**Widget**](Widget.md)',
      'Widget.md': 'v1',
      'SOURCES.tsv': `# acme/widgets at ${'a'.repeat(40)}\npage\tsha256\tupstream path\nWidget.md\t${'0'.repeat(64)}\tdocs/Widget.md\n`,
    });
    const record = provenanceRecord(readDocSet(dir, ['WidgetApi.md']));
    expect(record).toMatch(/^# acme\/widgets at a{40}\npage\tsha256\tupstream path\n/);
    expect(record).toMatch(/\nWidget\.md\t[0-9a-f]{64}\tdocs\/Widget\.md\n/);
    expect(changedPages(readDocSet(dir, ['WidgetApi.md']), record)).toEqual([]);

    writeFileSync(join(dir, 'Widget.md'), 'v2 [**Part**](Part.md)');
    writeFileSync(join(dir, 'Part.md'), 'new');
    const changes = changedPages(readDocSet(dir, ['WidgetApi.md']), record);
    expect(changes).toEqual([
      expect.stringMatching(/^changed page Widget\.md \(sha256 [0-9a-f]{12} -> [0-9a-f]{12}\)$/),
      'new page Part.md',
    ]);
    writeFileSync(join(dir, 'WidgetApi.md'), 'no links');
    expect(changedPages(readDocSet(dir, ['WidgetApi.md']), record)).toEqual([
      expect.stringMatching(/^changed page WidgetApi\.md/),
      'page Widget.md is gone from the doc set',
    ]);
  });
});
