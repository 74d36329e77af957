/** Bad input ends with one clear `file:line: reason` error, a non-zero exit, and nothing written. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pydanticDoc, pydanticOp } from './fixtures/docs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
const tmp: string[] = [];
afterEach(() => {
  for (const d of tmp.splice(0)) rmSync(d, { recursive: true, force: true });
});

const op = (name: string, params: string) =>
  pydanticOp({
    name,
    signature: `${name}()`,
    summary: 'Do it',
    params,
    returns: 'void (empty response body)',
    responses: '**204** | Done |  -  |',
  });
const goodParams = `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **q** | **str**| Query | [optional] `;
const table = `[**one**](X.md#one) | **GET** /one | Do it
[**two**](X.md#two) | **GET** /two | Do it`;
const good = pydanticDoc(table, `${op('one', goodParams)}\n${op('two', goodParams)}`);

/** Runs the CLI for the arthur slot with our own doc (and overlay), in throwaway folders. */
function run(doc: string | undefined, overlay?: string) {
  const base = mkdtempSync(join(tmpdir(), 'reconstruct-'));
  tmp.push(base);
  const docs = join(base, 'docs');
  const specs = join(base, 'specs');
  mkdirSync(join(docs, 'arthur'), { recursive: true });
  mkdirSync(join(specs, 'arthur'), { recursive: true });
  const docFile = join(docs, 'arthur', 'UsersV1Api.md');
  if (doc !== undefined) writeFileSync(docFile, doc);
  if (overlay !== undefined) writeFileSync(join(specs, 'arthur', 'overlay.yaml'), overlay);
  const result = spawnSync(
    process.execPath,
    [tsx, join(here, 'cli.ts'), '--docs', docs, '--specs', specs, 'arthur'],
    {
      encoding: 'utf8',
    },
  );
  return {
    ...result,
    docFile,
    overlayFile: join(specs, 'arthur', 'overlay.yaml'),
    spec: join(specs, 'arthur', 'openapi.yaml'),
  };
}

type BadInput = [
  name: string,
  doc: string | undefined,
  overlay: string | undefined,
  want: (r: ReturnType<typeof run>) => RegExp,
];

const badInputs: BadInput[] = [
  [
    'a truncated doc',
    good.slice(0, good.indexOf('### Authorization', good.indexOf('# **two**'))),
    undefined,
    (r) => new RegExp(`${r.docFile}:\\d+: operation "two": section ends before "### Authorization"`),
  ],
  [
    'a doc cut before a listed section',
    good.slice(0, good.indexOf('# **two**')),
    undefined,
    (r) => new RegExp(`${r.docFile}:\\d+: operation "two" is listed but has no section`),
  ],
  [
    'a malformed parameter table',
    good.replace(' **q** | **str**| Query | [optional] ', ' **q** | **str**| Query | x | [optional] '),
    undefined,
    (r) =>
      new RegExp(
        `${r.docFile}:\\d+: operation "one": parameters: malformed table row: expected 4 cells, found 5`,
      ),
  ],
  [
    'an unknown dialect',
    '# Some notes\n\nNothing generated here.\n',
    undefined,
    (r) => new RegExp(`${r.docFile}:1: unknown dialect`),
  ],
  [
    'a missing doc file',
    undefined,
    undefined,
    (r) => new RegExp(`${r.docFile}:1: API page UsersV1Api.md is not in the doc set`),
  ],
  [
    'an overlay that is not YAML',
    good,
    'overlay: 1.0.0\nactions:\n  - target: $.info\n    update: {title: [\n',
    (r) => new RegExp(`${r.overlayFile}:\\d+: invalid YAML`),
  ],
  [
    'an overlay action without a target',
    good,
    'overlay: 1.0.0\nactions:\n  - update:\n      x: 1\n',
    (r) => new RegExp(`${r.overlayFile}:3: action needs a JSONPath "target"`),
  ],
  [
    'an overlay target that matches nothing',
    good,
    'overlay: 1.0.0\nactions:\n  - target: $.nope\n    update:\n      x: 1\n',
    (r) => new RegExp(`${r.overlayFile}:3: target "\\$.nope" matches nothing`),
  ],
  [
    'an overlay that gives a property an invalid schema',
    good,
    'overlay: 1.0.0\nactions:\n  - target: $.components.schemas\n    update:\n      Sprocket:\n        type: object\n        properties:\n          teeth:\n            type: integr\n',
    (r) => new RegExp(`${r.overlayFile}:9: invalid OpenAPI 3\\.1 \\(1 problem\\): \`type\` can be one of`),
  ],
];

describe('pnpm reconstruct on bad input', () => {
  it.each(badInputs)('%s: one clear error, exit 1, no spec written', (_name, doc, overlay, want) => {
    const r = run(doc, overlay);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(want(r));
    expect(existsSync(r.spec)).toBe(false);
  });

  it('a good doc is written, and a second run is byte-identical', () => {
    const r = run(good);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✔ \[1\/1\] arthur: 1 page, 2 operations/);
    const first = readFileSync(r.spec, 'utf8');
    execFileSync(process.execPath, [
      tsx,
      join(here, 'cli.ts'),
      '--docs',
      dirname(dirname(r.docFile)),
      '--specs',
      dirname(dirname(r.spec)),
      'arthur',
    ]);
    expect(readFileSync(r.spec, 'utf8')).toBe(first);
  });
});
