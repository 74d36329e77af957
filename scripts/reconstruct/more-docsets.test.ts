/**
 * Every doc set in ../shared/docsets/more/ (pages of the same four dialects beyond the five shipped
 * APIs) reconstructs, generates and type-checks; no package is made of them. Runs wherever the doc
 * sets are, as in CI.
 *
 * Overlays: a page of another API of a vendor takes the vendor's overlay (its server, its JSON names)
 * where the overlay fits the page. Where the reconstructor refuses it (an overlay fact about a model
 * the page does not have; a server whose base path the page's paths contradict), the page is read
 * with no overlay, and the refusal itself is checked here: it must name the overlay line and why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generate, repoRoot } from '../generate/generate.ts';
import { typeCheck } from '../generate/tsc.ts';
import { reconstructDocSet } from './reconstruct.ts';

const more = join(repoRoot, '..', 'shared', 'docsets', 'more');
// Under scripts/ so the generated code resolves the workspace packages (.tmp is git-ignored).
const out = join(repoRoot, 'scripts', '.tmp', `more-${process.pid}`);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Folders whose vendor overlay does not fit as it is, the refusal that says so, and what is used
 * instead: the overlay less the fact that does not fit (Onezone's one JSON-name exception is about a
 * model these pages do not have; its server and camelCase rule still hold), or none (the v2 TileDB
 * query page: its paths carry /v2, the overlay's server ends in /v1; the page's own host is used).
 */
const overlayRefused: Record<
  string,
  { refusal: RegExp; instead: 'without as-written' | 'without security scheme actions' | 'none' }
> = {
  // A page whose operations need no authorization declares no security scheme, so the overlay's
  // OAuth2 URLs (for Arthur's scheme) have nothing to update; its server and JSON names still hold.
  'arthur/FeatureFlagsV1Api': {
    refusal:
      /overlay\.yaml:22: target "\$\.components\.securitySchemes\.OAuth2AuthorizationCode" matches nothing in the spec/,
    instead: 'without security scheme actions',
  },
  'onezone/ClusterApi': {
    refusal: /overlay\.yaml:12: x-wire-names\.as-written: HandleServices\.handle_services is no property/,
    instead: 'without as-written',
  },
  'onezone/HandleApi': {
    refusal: /overlay\.yaml:12: x-wire-names\.as-written: HandleServices\.handle_services is no property/,
    instead: 'without as-written',
  },
  'onezone/ZoneApi': {
    refusal: /overlay\.yaml:12: x-wire-names\.as-written: HandleServices\.handle_services is no property/,
    instead: 'without as-written',
  },
  'tiledb-cloud/QueryApi@2024-10': {
    refusal:
      /overlay\.yaml:17: server https:\/\/api\.tiledb\.com\/v1 adds the version \/v1 .* paths carry their own \(\/v2\/…\)/,
    instead: 'none',
  },
};

/** The operation table as the page prints it (prettier's padded form too), read with nothing from the reconstructor. */
function docTable(page: string): string[] {
  const rows = [...page.matchAll(/^\|?\s*\[\*\*(\w+)\*\*\]\([^)]*\)\s*\|\s*\*\*(\w+)\*\*\s+(\S+)\s*\|/gm)];
  return rows.map(
    (m) =>
      `${m[2]!.toUpperCase()} ${m[3]} ${m[1]!.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`,
  );
}

function specTable(yaml: string): string[] {
  const spec = parse(yaml) as { paths: Record<string, Record<string, { operationId: string }>> };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
  );
}

const folders = existsSync(more)
  ? readdirSync(more, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((v) => readdirSync(join(more, v.name)).map((f) => `${v.name}/${f}`))
      .sort()
  : [];

const pascal = (s: string) =>
  s.replace(/(^|[^A-Za-z0-9])([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());

describe.runIf(folders.length > 0)('docsets/more: every page reconstructs, generates and type-checks', () => {
  const generated: string[] = [];

  it.each(folders)('%s', async (folder) => {
    const dir = join(more, folder);
    const name = `${folder.split('/')[1]!.replace(/@.*/, '')}.md`;
    const page = existsSync(join(dir, name)) ? name : `apis/tags/${name}`;
    const vendor = folder.split('/')[0]!;
    const target = join(out, folder.replace(/[/@]/g, '-'));
    const input: {
      dir: string;
      apiPages: string[];
      title: string;
      overlayFile: string | undefined;
      specFile: string;
    } = {
      dir,
      apiPages: [page],
      title: folder,
      overlayFile: join(repoRoot, 'specs', vendor, 'overlay.yaml'),
      specFile: join(target, 'openapi.yaml'),
    };
    mkdirSync(target, { recursive: true });
    const refused = overlayRefused[folder];
    if (refused) {
      await expect(reconstructDocSet(input)).rejects.toThrow(refused.refusal);
      if (refused.instead === 'none') input.overlayFile = undefined;
      else {
        const overlay = parse(readFileSync(input.overlayFile!, 'utf8')) as {
          'x-wire-names': Record<string, unknown>;
          actions: { target: string }[];
        };
        if (refused.instead === 'without as-written') delete overlay['x-wire-names']['as-written'];
        else
          overlay.actions = overlay.actions.filter(
            (a) => !a.target.startsWith('$.components.securitySchemes'),
          );
        input.overlayFile = join(target, 'overlay.yaml');
        writeFileSync(input.overlayFile, stringify(overlay));
      }
    }
    const result = await reconstructDocSet(input);
    writeFileSync(input.specFile, result.yaml);

    const table = docTable(readFileSync(join(dir, page), 'utf8'));
    expect(table.length, `${folder}: the page's operation table`).toBeGreaterThan(0);
    expect(specTable(result.yaml).sort(), `${folder}: operations in the spec`).toEqual([...table].sort());

    const options = {
      specFile: input.specFile,
      outDir: join(target, 'src', 'generated'),
      factory: `create${pascal(folder.split('/')[1]!.replace(/@.*/, ''))}Client`,
    };
    const files = await generate(options);
    generated.push(...files.filter((f) => /(index|raw)\.gen\.ts$/.test(f)));
    console.log(
      `✔ ${folder}: ${table.length} operations in the table, ${result.operations} in the spec, ${result.pages} pages, ${result.warnings.length} warnings, overlay ${refused ? `${refused.instead} (specs/${vendor}/overlay.yaml is refused)` : `specs/${vendor}/overlay.yaml`}; ${result.dialects.join('; ').replace(/, by .*/, '')}`,
    );
  });

  it('the generated code of all of them type-checks', () => {
    // The 23 doc sets of ../shared/docsets/more/ (its README), every one generated: none is excused.
    expect(folders).toHaveLength(23);
    expect(generated.length, 'an index.gen.ts and a raw.gen.ts for every folder').toBe(folders.length * 2);
    const result = typeCheck(generated);
    expect(result.stdout + result.stderr, 'tsc').toBe('');
    expect(result.status).toBe(0);
  }, 300_000);
});
