import { describe, expect, it } from 'vitest';
import { createClientCore } from './client.js';
import { UserAbortError } from './errors.js';
import type { OperationSpec } from './operation.js';
import { type PaginateInit, PaginationError, type PaginationSpec, paginate } from './paginate.js';

type Body = Record<string, unknown>;

/** `GET /things?page&size`, paged as `spec` says. */
const listThings = (pagination: PaginationSpec): OperationSpec => ({
  operationId: 'listThings',
  method: 'GET',
  path: '/things',
  security: undefined,
  pagination,
});
const withCounts: PaginationSpec = {
  page: 'page',
  start: 1,
  size: 'size',
  items: ['data'],
  totalPages: ['meta', 'pages'],
  totalItems: ['meta', 'total'],
  pageNumber: ['meta', 'page'],
};
const totalOnly: PaginationSpec = {
  page: 'page',
  start: 1,
  size: 'size',
  items: ['data'],
  totalItems: ['total'],
};
const noCounts: PaginationSpec = { page: 'page', start: 0, size: 'size', items: ['data'] };

/** A server of `total` numbered items, answering each page as `shape` writes it; records each query. */
function server(
  total: number,
  shape: (items: number[], page: number, size: number) => Body,
  start = 1,
  fallback = 10,
) {
  const queries: string[] = [];
  const fetch = async (url: string | URL | Request) => {
    const query = new URL(url instanceof Request ? url.url : String(url)).searchParams;
    queries.push(decodeURIComponent(query.toString()));
    const size = Number(query.get('size') ?? fallback);
    const page = Number(query.get('page'));
    const from = (page - start) * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => from + i);
    return Response.json(shape(items, page, size));
  };
  return { queries, fetch };
}
const counted = (total: number) => (data: number[], page: number, size: number) => ({
  data,
  meta: { page, pages: Math.ceil(total / size), total },
});
const zeroBased = (data: number[]) => ({ data });

const clientOf = (fetch: (url: string | URL | Request) => Promise<Response>) =>
  createClientCore({ baseUrl: 'https://api.test', fetch, retry: false });

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('every item, in the fewest requests', () => {
  it.each([
    [
      'the page counts',
      withCounts,
      counted(237),
      { size: 100 },
      237,
      ['page=1&size=100', 'page=2&size=100', 'page=3&size=100'],
    ],
    [
      'an exact multiple, by the page counts',
      withCounts,
      counted(200),
      { size: 100 },
      200,
      ['page=1&size=100', 'page=2&size=100'],
    ],
    [
      'the item count alone',
      totalOnly,
      (d: number[]) => ({ data: d, total: 237 }),
      { size: 100 },
      237,
      ['page=1&size=100', 'page=2&size=100', 'page=3&size=100'],
    ],
    [
      'the item count, the server choosing the size',
      totalOnly,
      (d: number[]) => ({ data: d, total: 25 }),
      {},
      25,
      ['page=1', 'page=2', 'page=3'],
    ],
    [
      'no counts: a short page',
      noCounts,
      zeroBased,
      { size: 100 },
      237,
      ['size=100&page=0', 'size=100&page=1', 'size=100&page=2'],
    ],
    [
      'no counts: an empty page after full ones',
      noCounts,
      zeroBased,
      { size: 100 },
      200,
      ['size=100&page=0', 'size=100&page=1', 'size=100&page=2'],
    ],
    [
      'no counts, no size sent: shorter than the first',
      noCounts,
      zeroBased,
      {},
      25,
      ['page=0', 'page=1', 'page=2'],
    ],
  ])('ends by %s', async (_name, pagination, shape, query, total, want) => {
    const things = server(total, shape as never, pagination.start);
    const items = await all(paginate(clientOf(things.fetch), listThings(pagination), { query }));
    expect(items).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(
      things.queries.map((q) =>
        [...new URLSearchParams(q)]
          .sort()
          .map((p) => p.join('='))
          .join('&'),
      ),
    ).toEqual(
      want.map((q) =>
        [...new URLSearchParams(q)]
          .sort()
          .map((p) => p.join('='))
          .join('&'),
      ),
    );
  });

  it('keeps the rest of the input and changes only the page; starts at the page given', async () => {
    const things = server(237, counted(237));
    const pages = await all(
      paginate<number, Body>(clientOf(things.fetch), listThings(withCounts), {
        query: { size: 100, page: 2, q: 'a b' },
        header: { 'x-tenant': 't' },
      }).pages(),
    );
    expect(things.queries).toEqual(
      ['size=100&page=2&q=a+b', 'size=100&page=3&q=a+b'].map(decodeURIComponent),
    );
    expect(pages.map((p) => [p.number, p.items.length, p.totalPages, p.totalItems])).toEqual([
      [2, 100, 3, 237],
      [3, 37, 3, 237],
    ]);
    expect(pages[0]).toMatchObject({ data: { meta: { page: 2 } }, response: { status: 200, attempts: 1 } });
  });
});

describe('bounds and early ends: nothing more is requested', () => {
  it.each<[string, PaginateInit, number, number]>([
    ['maxPages', { maxPages: 2 }, 200, 2],
    ['maxItems inside a page', { maxItems: 150 }, 150, 2],
    ['maxItems at a page end', { maxItems: 100 }, 100, 1],
  ])('%s', async (_name, init, items, requests) => {
    const things = server(237, counted(237));
    expect(
      await all(paginate(clientOf(things.fetch), listThings(withCounts), { query: { size: 100 } }, init)),
    ).toHaveLength(items);
    expect(things.queries).toHaveLength(requests);
  });

  it('break after the first item', async () => {
    const things = server(237, counted(237));
    for await (const item of paginate(clientOf(things.fetch), listThings(withCounts))) {
      expect(item).toBe(0);
      break;
    }
    expect(things.queries).toHaveLength(1);
  });

  it('nothing before the loop starts', () => {
    const things = server(237, counted(237));
    paginate(clientOf(things.fetch), listThings(withCounts));
    expect(things.queries).toHaveLength(0);
  });

  it('an aborted signal stops it between pages', async () => {
    const things = server(237, counted(237));
    const controller = new AbortController();
    const seen: number[] = [];
    const loop = async () => {
      for await (const item of paginate<number, Body>(
        clientOf(things.fetch),
        listThings(withCounts),
        {},
        { signal: controller.signal },
      )) {
        seen.push(item);
        if (seen.length === 10) controller.abort();
      }
    };
    await expect(loop()).rejects.toBeInstanceOf(UserAbortError);
    expect(seen).toHaveLength(10);
    expect(things.queries).toHaveLength(1);
  });
});

describe('a server that would make it loop: a clear error instead', () => {
  const fail = (page: number, problem: string) =>
    `listThings: page ${page}: ${problem}; stopped rather than loop`;
  it.each<[string, PaginationSpec, (items: number[], page: number, size: number) => Body, string]>([
    [
      'the same page again',
      totalOnly,
      () => ({ data: [1, 2], total: 9 }),
      fail(2, 'the server sent the previous page again'),
    ],
    [
      'another page number than asked',
      withCounts,
      (d) => ({ data: d, meta: { page: 1, pages: 30, total: 237 } }),
      fail(2, 'the response is page 1 instead'),
    ],
    [
      'more items than the total',
      totalOnly,
      (d) => ({ data: d, total: 5 }),
      fail(1, 'it ends at item 10, past the 5 items the response counts'),
    ],
    [
      'a negative count',
      withCounts,
      (d) => ({ data: d, meta: { pages: -1 } }),
      fail(1, 'the response gives the number of pages as -1'),
    ],
    [
      'a count that is not a number',
      totalOnly,
      (d) => ({ data: d, total: '237' }),
      fail(1, 'the response gives the number of items as "237"'),
    ],
    [
      'items past the counted pages',
      withCounts,
      (d) => ({ data: d, meta: { pages: 0 } }),
      fail(1, 'it has items, past the 0 pages the response counts'),
    ],
    [
      'no list of items',
      totalOnly,
      () => ({ total: 3 }),
      fail(1, 'the response has no list of items at data'),
    ],
  ])('%s', async (_name, pagination, shape, message) => {
    const things = server(237, shape);
    const error = await all(paginate(clientOf(things.fetch), listThings(pagination))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(message);
    expect(things.queries.length).toBeLessThanOrEqual(2);
  });
});

describe('refused before anything is sent', () => {
  const things = server(1, counted(1));
  const client = clientOf(things.fetch);
  it.each<[string, () => unknown, string]>([
    [
      'an operation that does not page',
      () => paginate(client, { ...listThings(withCounts), pagination: undefined }),
      'listThings does not page (its spec has no x-pagination)',
    ],
    [
      'an unknown option',
      () => paginate(client, listThings(withCounts), {}, { maxPage: 2 } as PaginateInit),
      'listThings: unknown pagination option "maxPage"; did you mean "maxPages"?',
    ],
    [
      'maxPages 0',
      () => paginate(client, listThings(withCounts), {}, { maxPages: 0 }),
      'listThings: maxPages must be a positive integer, got 0',
    ],
    [
      'maxItems 1.5',
      () => paginate(client, listThings(withCounts), {}, { maxItems: 1.5 }),
      'listThings: maxItems must be a positive integer, got 1.5',
    ],
    [
      'a page that is not a number',
      () => paginate(client, listThings(withCounts), { query: { page: '2' } }),
      'listThings: query parameter "page" must be an integer page number',
    ],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(message);
    expect(things.queries).toHaveLength(0);
  });
});
