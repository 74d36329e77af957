import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertInputSpecs } from './input-spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'vc-input-spec-'));
writeFileSync(join(dir, 'v31.yaml'), 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
writeFileSync(join(dir, 'v30.yaml'), 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** given: generator arguments (paths relative to `dir`); want: which argument index becomes a 3.0 copy. */
const cases: Array<[name: string, given: string[], converted: number | undefined]> = [
  ['-i with a 3.1 spec', ['generate', '-i', 'v31.yaml', '-g', 'go'], 2],
  ['--input-spec with a 3.1 spec', ['generate', '--input-spec', 'v31.yaml'], 2],
  ['--input-spec=FILE with a 3.1 spec', ['generate', '--input-spec=v31.yaml'], 1],
  ['a 3.0 spec is passed through', ['generate', '-i', 'v30.yaml'], undefined],
  ['a missing file is left to the generator to report', ['generate', '-i', 'nope.yaml'], undefined],
  ['a URL is left alone', ['generate', '-i', 'https://example.com/openapi.yaml'], undefined],
  ['other arguments are left alone', ['version'], undefined],
];

describe('convertInputSpecs', () => {
  it.each(cases)('%s', (_name, given, converted) => {
    const result = convertInputSpecs(given, dir);
    try {
      given.forEach((arg, i) => {
        if (i !== converted) expect(result.args[i]).toBe(arg);
      });
      if (converted === undefined) {
        expect(result.notes).toEqual([]);
        return;
      }
      const copy = result.args[converted]!.replace(/^--input-spec=/, '');
      expect(copy).not.toContain(dir);
      expect((parse(readFileSync(copy, 'utf8')) as { openapi: string }).openapi).toBe('3.0.3');
      expect(result.notes[0]).toMatch(
        /v31\.yaml: OpenAPI 3\.1\.0, handed to the generator as a 3\.0\.3 copy/,
      );
      result.cleanup();
      expect(existsSync(copy), 'cleanup removes the copy').toBe(false);
    } finally {
      result.cleanup();
    }
  });
});
