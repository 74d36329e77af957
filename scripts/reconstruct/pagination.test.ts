/**
 * x-pagination: inferred from what a doc set documents of any operation (the shipped doc sets and the
 * `more` sample of the same dialects), corrected or removed by an overlay, and an overlay mark that names
 * what the spec does not have stops the run at its own line.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendorById } from '../vendors.ts';
import { buildSpec, type OpenApiDocument } from './build-spec.ts';
import { readDocSet } from './docset.ts';
import { inferPagination, markPagination, PAGINATION } from './pagination.ts';
import { parseDocSet } from './read-doc-set.ts';
import { reconstructVendor } from './reconstruct.ts';

const root = join(import.meta.dirname, '..', '..');
const docsets = join(root, '..', 'shared', 'docsets');

/** Every operation's mark of a reconstructed doc set, by operationId. */
function marksOf(spec: OpenApiDocument): Record<string, unknown> {
  const marks: Record<string, unknown> = {};
  for (const item of Object.values(spec.paths))
    for (const op of Object.values(item) as Array<Record<string, unknown>>)
      if (op[PAGINATION]) marks[op.operationId as string] = op[PAGINATION];
  return marks;
}

const arthurStyle = {
  style: 'page',
  page: 'page',
  start: 1,
  size: 'page_size',
  items: '$.records',
  totalPages: '$.pagination.total_pages',
  totalItems: '$.pagination.total_records',
  pageNumber: '$.pagination.page',
};
const xiqStyle = {
  style: 'page',
  page: 'page',
  start: 1,
  size: 'limit',
  items: '$.data',
  totalPages: '$.total_pages',
  totalItems: '$.total_count',
  pageNumber: '$.page',
};
const kestraStyle = {
  style: 'page',
  page: 'page',
  start: 1,
  size: 'size',
  items: '$.results',
  totalItems: '$.total',
};

describe.runIf(existsSync(docsets))('inferred from the doc sets', () => {
  it.each([
    ['the shipped Arthur set', 'arthur', ['UsersV1Api.md'], { getOrganizationUsers: arthurStyle }],
    ['the shipped Kestra set', 'kestra', ['UsersApi.md'], { listUsers: kestraStyle }],
    [
      'the shipped ExtremeCloud IQ set',
      'extremecloudiq',
      ['apis/tags/UserApi.md'],
      { listUsers: xiqStyle, listExternalUsers: xiqStyle },
    ],
    ['the shipped Onezone set (no page parameters)', 'onezone', ['UserApi.md'], {}],
    ['the shipped TileDB Cloud set (no page parameters)', 'tiledb-cloud', ['UserApi.md'], {}],
    // Pages of the same dialects the rule was not written from.
    [
      'Kestra TriggersApi',
      'more/kestra/TriggersApi',
      ['TriggersApi.md'],
      { searchTriggers: kestraStyle, searchTriggersForFlow: kestraStyle },
    ],
    [
      // A list that gives no counts (InfiniteResourceListJob): ended by a short or empty page.
      'Arthur JobsV1Api',
      'more/arthur/JobsV1Api',
      ['JobsV1Api.md'],
      {
        getJobs: {
          style: 'page',
          page: 'page',
          start: 1,
          size: 'page_size',
          items: '$.records',
          pageNumber: '$.pagination.page',
        },
      },
    ],
    [
      // page and limit documented, but the bodies are lists, not a page of them: no mark.
      'ExtremeCloud IQ DashboardWirelessClientHealthApi',
      'more/extremecloudiq/DashboardWirelessClientHealthApi',
      ['apis/tags/DashboardWirelessClientHealthApi.md'],
      {},
    ],
  ])('%s', (_name, dir, pages, want) => {
    const { api } = parseDocSet(readDocSet(join(docsets, dir), pages));
    const spec = buildSpec(api, 't', { doc: pages[0]!, sha256: '0' });
    markPagination(spec);
    expect(marksOf(spec)).toEqual(want);
  });
});

describe('the rule: page parameters and response fields must both be documented', () => {
  const list = (extra: Record<string, unknown> = {}) => ({
    type: 'object',
    properties: { items: { type: 'array', items: { type: 'string' } }, total: { type: 'integer' }, ...extra },
  });
  const page = { name: 'page', in: 'query', required: false, schema: { type: 'integer', default: 0 } };
  const specWith = (body: unknown): OpenApiDocument => ({
    paths: {},
    components: { schemas: { Page: body as never } },
  });
  const op = (parameters: unknown[], schema: unknown = { $ref: '#/components/schemas/Page' }) => ({
    parameters,
    responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } },
  });
  it.each([
    [
      'a page parameter with its first value, and one list',
      'get',
      op([page]),
      list(),
      { style: 'page', page: 'page', start: 0, items: '$.items', totalItems: '$.total' },
    ],
    [
      'a page parameter without a documented first value',
      'get',
      op([{ ...page, schema: { type: 'integer' } }]),
      list(),
      undefined,
    ],
    [
      'a page parameter that is a string',
      'get',
      op([{ ...page, schema: { type: 'string', default: '1' } }]),
      list(),
      undefined,
    ],
    ['no page parameter', 'get', op([{ ...page, name: 'offset' }]), list(), undefined],
    ['a POST', 'post', op([page]), list(), undefined],
    ['a body with two lists', 'get', op([page]), list({ more: { type: 'array', items: {} } }), undefined],
    ['a model the docs show no field of', 'get', op([page]), { type: 'object' }, undefined],
    ['a list body', 'get', op([page], { type: 'array', items: {} }), list(), undefined],
    [
      'two fields that could be the total: none taken',
      'get',
      op([page]),
      list({ total_count: { type: 'integer' } }),
      { style: 'page', page: 'page', start: 0, items: '$.items' },
    ],
  ])('%s', (_name, method, operation, body, want) => {
    expect(inferPagination(specWith(body), method, operation as never)).toEqual(want);
  });
});

describe.runIf(existsSync(docsets))('the overlay adds, corrects or removes a mark', () => {
  const base = mkdtempSync(join(tmpdir(), 'pagination-overlay-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  let runs = 0;
  const kestraOverlay = readFileSync(join(root, 'specs', 'kestra', 'overlay.yaml'), 'utf8');
  /** Reconstructs Kestra with its overlay plus `actions` (YAML list items). */
  async function kestraWith(actions: string) {
    const specs = join(base, String(runs++));
    mkdirSync(join(specs, 'kestra'), { recursive: true });
    const file = join(specs, 'kestra', 'overlay.yaml');
    writeFileSync(file, `${kestraOverlay}${actions}`);
    const offset = kestraOverlay.split('\n').length - 1;
    const run = reconstructVendor(vendorById('kestra'), docsets, specs).then((r) => marksOf(parse(r.yaml)));
    return { run, file, offset };
  }
  const listUsers = "$.paths['/api/v1/users'].get";

  it('removes one', async () => {
    const { run } = await kestraWith(`  - target: ${listUsers}['x-pagination']\n    remove: true\n`);
    expect(await run).toEqual({});
  });

  it('corrects one key, keeping the rest', async () => {
    const { run } = await kestraWith(
      `  - target: ${listUsers}['x-pagination']\n    update:\n      start: 0\n`,
    );
    expect((await run).listUsers).toEqual({ ...kestraStyle, start: 0 });
  });

  it('adds one', async () => {
    const { run } = await kestraWith(
      `  - target: ${listUsers}['x-pagination']\n    remove: true\n  - target: ${listUsers}\n    update:\n      x-pagination:\n        style: page\n        page: page\n        start: 1\n        items: $.results\n`,
    );
    expect((await run).listUsers).toEqual({ style: 'page', page: 'page', start: 1, items: '$.results' });
  });

  // [what the action writes, the line of the action that writes it (1 is its `- target`), the message]
  it.each([
    [
      'size: per_page',
      3,
      'size: the operation has no query parameter "per_page" (it has page, size, q, sort)',
    ],
    ['items: $.records', 3, 'items: the success response has no field $.records'],
    ['totalPages: $.results', 3, 'totalPages: field $.results is not of type integer'],
    ['page: q', 3, 'page: query parameter "q" is not an integer'],
    ['style: cursor', 3, 'style must be "page", got "cursor"'],
    ['cursor: $.next', 3, 'unknown key "cursor"'],
    [
      'totalItems: total',
      3,
      'totalItems must be a field path such as "$.data" or "$.meta.total", got "total"',
    ],
  ])('a mark with %s fails at its overlay line', async (change, line, message) => {
    const { run, file, offset } = await kestraWith(
      `  - target: ${listUsers}['x-pagination']\n    update:\n      ${change}\n`,
    );
    await expect(run).rejects.toThrow(`${file}:${offset + line}: GET /api/v1/users x-pagination: ${message}`);
  });
});
