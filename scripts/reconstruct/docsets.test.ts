/** Checks against the real vendor doc sets in ../shared/docsets; runs wherever they are (as in CI). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendors } from '../vendors.ts';
import { allPages, readDocSet } from './docset.ts';
import { loadOverlay } from './overlay.ts';
import { reconstructVendor } from './reconstruct.ts';
import type { Schema } from './schema.ts';
import { camelCase, readWireNames } from './wire-names.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docsets = join(root, '..', 'shared', 'docsets');
const specs = join(root, 'specs');

interface Spec {
  paths: Record<string, Record<string, { operationId: string }>>;
  components: { schemas: Record<string, Schema> };
  info: Record<string, unknown>;
}
const specOf = (id: string) => parse(readFileSync(join(specs, id, 'openapi.yaml'), 'utf8')) as Spec;

/** The operation table, read with nothing from the reconstructor: [operationId, METHOD, path]. */
function docTable(doc: string): Array<[string, string, string]> {
  const rows = [...doc.matchAll(/^\[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*(\w+)\*\* (\S+) \|/gm)];
  return rows.map((m) => [
    m[1]!.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    m[2]!.toUpperCase(),
    m[3]!,
  ]);
}

/** Every schema under the models, nested ones included, with the model it sits in. */
function* schemasIn(node: Schema, model: string): Generator<[string, Schema]> {
  yield [model, node];
  for (const s of Object.values(node.properties ?? {})) yield* schemasIn(s, model);
  if (node.items) yield* schemasIn(node.items, model);
  if (typeof node.additionalProperties === 'object') yield* schemasIn(node.additionalProperties, model);
  for (const s of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])])
    yield* schemasIn(s, model);
}

/** The words a page must write for a format to be read from it. */
const formatEvidence: Record<string, RegExp> = {
  int32: /32 bit integer/,
  int64: /64 bit integer/,
  float: /32 bit float/,
  double: /64 bit float/,
  'date-time': /\bdatetime\b|date-time/,
  date: /\bdate\b|full-date/,
  uuid: /uuid/i,
  binary: /bytes|file|bytearray|io\.FileIO/,
};

describe.runIf(existsSync(docsets))('the five vendor doc sets', () => {
  it('every documented operation is in its spec with the same method, path and operationId (137 in all)', () => {
    let total = 0;
    for (const vendor of vendors) {
      const table = vendor.apiPages.flatMap((p) =>
        docTable(readFileSync(join(docsets, vendor.docSet, p), 'utf8')),
      );
      const inSpec = Object.entries(specOf(vendor.id).paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => [op.operationId, method.toUpperCase(), path]),
      );
      expect(inSpec.sort(), vendor.id).toEqual([...table].sort());
      total += table.length;
    }
    expect(total).toBe(137);
  });

  it('the committed specs and page records equal a fresh reconstruction, and all five take under 3 s', async () => {
    // CPU time, not wall time: the suites run side by side on shared cores.
    const started = process.cpuUsage();
    for (const vendor of vendors) {
      const { yaml, record, changes } = await reconstructVendor(vendor, docsets, specs);
      const stale = `specs/${vendor.id} is stale: run pnpm reconstruct`;
      expect(yaml, stale).toBe(readFileSync(join(specs, vendor.id, 'openapi.yaml'), 'utf8'));
      expect(record, stale).toBe(readFileSync(join(specs, vendor.id, 'docset.tsv'), 'utf8'));
      expect(changes, stale).toEqual([]);
    }
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(3000);
  });

  it('no model that has a page in the doc set is shapeless', () => {
    for (const vendor of vendors) {
      const set = readDocSet(join(docsets, vendor.docSet), vendor.apiPages);
      const schemas = specOf(vendor.id).components.schemas;
      for (const [model, page] of set.modelPages) {
        const listsNone =
          /\|\s*-+\s*\|[^\n]*\n\s*(\n|\[\[Back)/.test(page.text) && !page.text.includes('## Enum');
        const schema = schemas[model];
        expect(schema, `${vendor.id} ${model}`).toBeDefined();
        const shaped =
          schema!.properties ||
          schema!.enum ||
          schema!.type ||
          schema!.items ||
          schema!.allOf ||
          schema!.oneOf;
        if (!listsNone) expect(shaped, `${vendor.id} ${model} has a page but no shape`).toBeTruthy();
      }
    }
  });

  it('invents nothing: every property, JSON name, enum value, format and required flag is written in the doc set', () => {
    for (const vendor of vendors) {
      const set = readDocSet(join(docsets, vendor.docSet), vendor.apiPages);
      const text = allPages(set)
        .map((p) => p.text)
        .join('\n');
      const names = readWireNames(loadOverlay(join(specs, vendor.id, 'overlay.yaml')));
      const camel = names.rules.properties?.rule === 'camelCase';
      // Every name a page writes as a row (`**name**`), as the overlay's rule makes it a JSON name.
      const written = new Set<string>();
      for (const m of text.matchAll(/^\|?\s*\*\*\[?(\w+)/gm)) {
        written.add(m[1]!);
        if (camel) written.add(camelCase(m[1]!));
      }
      const problems: string[] = [];
      for (const [model, top] of Object.entries(specOf(vendor.id).components.schemas)) {
        const page = set.modelPages.get(model)?.text ?? '';
        for (const [, s] of schemasIn(top, model)) {
          for (const name of Object.keys(s.properties ?? {})) {
            // A row on a page, a JSON sample key (right after its quote), or a Python keyword argument.
            if (!written.has(name) && !text.includes(`"${name}`) && !text.includes(`${name}=`))
              problems.push(`${model}.${name}: name`);
          }
          for (const v of s.enum ?? [])
            if (!text.includes(`"${v}"`) && !text.includes(`'${v}'`) && !text.includes(`\`${v}\``))
              problems.push(`${model}: enum value ${String(v)}`);
          if (s.format && !formatEvidence[s.format]?.test(page || text))
            problems.push(`${model}: format ${s.format}`);
        }
        for (const name of top.required ?? []) {
          const row = page
            .split('\n')
            .find((l) =>
              new RegExp(
                `^\\|?\\s*\\*\\*\\[?(${name}|${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)})\\b`,
              ).test(l),
            );
          if (!row || /\[optional\]/.test(row)) problems.push(`${model}.${name}: required`);
        }
      }
      expect(problems, vendor.id).toEqual([]);
    }
  });

  it('records provenance: the pages, their digest, dialect and operation count', () => {
    expect(specOf('kestra').info['x-reconstruction']).toMatchObject({
      source: 'UsersApi.md',
      dialect: 'openapi-generator-python-pydantic',
      operations: 24,
      pages: 20,
    });
    const record = readFileSync(join(specs, 'kestra', 'docset.tsv'), 'utf8');
    expect(record).toMatch(/^# kestra-io\/client-sdk at [0-9a-f]{40}\n/);
    expect(record).toMatch(
      /\nIAMUserControllerApiUser\.md\t[0-9a-f]{64}\tpython-sdk\/docs\/IAMUserControllerApiUser\.md\n/,
    );
  });
});
