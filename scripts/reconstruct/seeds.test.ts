/** Checks against the real vendor docs in ../shared/seeds; runs wherever those docs are (as in CI). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendors } from '../vendors.ts';
import { reconstructVendor } from './reconstruct.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = join(root, '..', 'shared', 'seeds');
const specs = join(root, 'specs');

/** The operation table, read with nothing from the reconstructor: [operationId, METHOD, path]. */
function docTable(doc: string): Array<[string, string, string]> {
  const rows = [...doc.matchAll(/^\[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*(\w+)\*\* (\S+) \|/gm)];
  return rows.map((m) => [
    m[1]!.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    m[2]!.toUpperCase(),
    m[3]!,
  ]);
}

/** Every key under a `properties` anywhere in the schemas. */
function propertyNames(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) propertyNames(n, into);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) into.add(name);
      if (k !== 'examples') propertyNames(v, into);
    }
  }
  return into;
}

describe.runIf(existsSync(seeds))('the five vendor docs', () => {
  it('every documented operation is in its spec with the same method, path and operationId (137 in all)', () => {
    let total = 0;
    for (const vendor of vendors) {
      const table = docTable(readFileSync(join(seeds, vendor.doc), 'utf8'));
      const spec = parse(readFileSync(join(specs, vendor.id, 'openapi.yaml'), 'utf8')) as {
        paths: Record<string, Record<string, { operationId: string }>>;
      };
      const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => [op.operationId, method.toUpperCase(), path]),
      );
      expect(inSpec.sort(), vendor.id).toEqual([...table].sort());
      total += table.length;
    }
    expect(total).toBe(137);
  });

  it('the committed specs equal a fresh reconstruction, and all five take under 2 s', async () => {
    // CPU time, not wall time: the suites run side by side on shared cores, which stretches wall time
    // without saying anything about the reconstructor.
    const started = process.cpuUsage();
    for (const vendor of vendors) {
      const { yaml } = await reconstructVendor(vendor, seeds, specs);
      expect(yaml, `specs/${vendor.id}/openapi.yaml is stale: run pnpm reconstruct`).toBe(
        readFileSync(join(specs, vendor.id, 'openapi.yaml'), 'utf8'),
      );
    }
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(2000);
  });

  it('invents no field: every property name in a spec is written in its doc', () => {
    for (const vendor of vendors) {
      const doc = readFileSync(join(seeds, vendor.doc), 'utf8');
      const spec = parse(readFileSync(join(specs, vendor.id, 'openapi.yaml'), 'utf8')) as {
        components: { schemas: Record<string, unknown> };
      };
      const names = propertyNames(spec.components.schemas);
      // A JSON sample key, right after its opening quote (samples are hand-written: one lost its closing
      // quote), or a Python keyword argument (name=).
      const missing = [...names].filter((n) => !doc.includes(`"${n}`) && !doc.includes(`${n}=`));
      expect(missing, vendor.id).toEqual([]);
    }
  });

  it('reads every Onezone JSON sample into a model: only the two operations the doc gives no sample for stay shapeless', () => {
    const spec = parse(readFileSync(join(specs, 'onezone', 'openapi.yaml'), 'utf8')) as {
      components: { schemas: Record<string, { properties?: object; description?: string }> };
    };
    const shapeless = Object.entries(spec.components.schemas)
      .filter(([, s]) => !s.properties)
      .map(([name]) => name);
    expect(shapeless.sort()).toEqual(['IdPAccessToken', 'Users']);
  });

  it('records provenance: source doc, its sha256, dialect and operation count', () => {
    const spec = parse(readFileSync(join(specs, 'kestra', 'openapi.yaml'), 'utf8')) as {
      info: Record<string, unknown>;
    };
    expect(spec.info['x-reconstruction']).toMatchObject({
      source: 'kestra.UsersApi.md',
      dialect: 'openapi-generator-python-pydantic',
      operations: 24,
    });
    expect(String((spec.info['x-reconstruction'] as { sha256: string }).sha256)).toMatch(/^[0-9a-f]{64}$/);
  });
});
