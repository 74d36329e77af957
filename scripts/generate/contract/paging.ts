// The paging part of the contract suite: every paged operation of a vendor (its spec's x-pagination),
// in both forms (`client.paginate.<op>` and `paginate<Op>(client)`), against a real server on 127.0.0.1
// holding 237 items in the vendor's shape: the operation's success body as the spec writes it, the
// items, counts and page number where the mark says they are.
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../model.js';
import { resolveRef, sampleOf } from '../sample.js';
import type { Json, JsonObject } from '../spec.js';
import type { ContractCase } from './cases.js';
import { instantClock } from './observe.js';
import { listenOnLoopback } from './server.js';

export const ITEMS = 237;

type Paginator = AsyncIterable<unknown> & { pages(): AsyncIterable<{ items: unknown[]; number: number }> };
/** Starts a loop over an operation's pages in one form, on a client made with `options`. */
export type PagesAs = (
  form: 'method' | 'function',
  options: Record<string, unknown>,
  operationId: string,
  input: unknown,
  init?: Record<string, unknown>,
) => Paginator;

interface PagingServer {
  readonly origin: string;
  /** Each request's path and query, as it arrived. */
  readonly received: string[];
  /** Answers for the next requests by their index (0 is the first), before the pages. */
  statusAt: Map<number, number>;
  /** Answer every request with the first page, whatever page it asks for. */
  repeatFirst: boolean;
  close(): Promise<void>;
}

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

function setAt(body: JsonObject, path: readonly string[], value: Json): void {
  let node = body;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as JsonObject;
  }
  node[path.at(-1)!] = value;
}

/** The list schema's item schema at the mark's `items` path. */
function itemSchema(op: Operation, root: JsonObject): Json | undefined {
  let node: Json | undefined = op.success.schema;
  const follow = (s: Json | undefined) =>
    isObject(s) && typeof s.$ref === 'string' ? resolveRef(s.$ref, root) : s;
  for (const key of op.pagination!.items) {
    const properties = (follow(node) as JsonObject | undefined)?.properties;
    node = follow(isObject(properties) ? properties[key] : undefined);
  }
  return isObject(node) ? node.items : undefined;
}

/** Item `n`: the item model's sample with its first string or integer field (an `id`, where there is one) made unique. */
function itemOf(op: Operation, root: JsonObject, n: number): Json {
  const sample = sampleOf(itemSchema(op, root), root);
  if (!isObject(sample)) return n;
  const keys = Object.keys(sample);
  const key =
    keys.find((k) => k === 'id') ?? keys.find((k) => ['string', 'number'].includes(typeof sample[k]));
  if (key === undefined) return { ...sample, n };
  return { ...sample, [key]: typeof sample[key] === 'number' ? n : `item-${n}` };
}

async function startPagingServer(op: Operation, root: JsonObject, basePath: string): Promise<PagingServer> {
  const paging = op.pagination!;
  const items = Array.from({ length: ITEMS }, (_, n) => itemOf(op, root, n));
  const template = sampleOf(op.success.schema, root);
  const state: PagingServer = {
    origin: '',
    received: [],
    statusAt: new Map(),
    repeatFirst: false,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const index = state.received.push(req.url ?? '') - 1;
    const status = state.statusAt.get(index);
    if (status !== undefined) {
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"try again"}');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== `${basePath}${op.path}`) {
      res.writeHead(404).end();
      return;
    }
    const page = state.repeatFirst ? paging.start : Number(url.searchParams.get(paging.page) ?? paging.start);
    const size = Number((paging.size && url.searchParams.get(paging.size)) || 10);
    const from = (page - paging.start) * size;
    const body = structuredClone(isObject(template) ? template : {});
    setAt(body, paging.items, items.slice(from, from + size));
    if (paging.totalPages) setAt(body, paging.totalPages, Math.ceil(ITEMS / size));
    if (paging.totalItems) setAt(body, paging.totalItems, ITEMS);
    if (paging.pageNumber) setAt(body, paging.pageNumber, page);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return Object.assign(state, await listenOnLoopback(server));
}

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

/**
 * The paging tests of one vendor, inside its contract suite's transport block. `options` gives a
 * client's options (base URL, credentials, transport) for a case and a server origin.
 */
export function pagingTests(
  ops: readonly Operation[],
  cases: readonly ContractCase[],
  root: JsonObject,
  basePath: string,
  pagesAs: PagesAs,
  options: (c: ContractCase, origin: string) => Record<string, unknown>,
  errors: { PaginationError: unknown; UserAbortError: unknown },
): void {
  const paged = ops.filter((op) => op.pagination);
  describe.each(paged.map((op) => [op.operationId, op] as const))('every page of %s', (_id, op) => {
    const paging = op.pagination!;
    const c = cases.find((x) => x.operationId === op.operationId)!;
    let server: PagingServer;
    beforeAll(async () => {
      server = await startPagingServer(op, root, basePath);
    });
    afterAll(() => server.close());
    const start = () => {
      server.received.length = 0;
      server.statusAt = new Map();
      server.repeatFirst = false;
    };
    // The case's own input (every parameter, so filters travel along), the page left to the loop.
    const size = 100;
    const query = { ...c.input.query };
    delete query[paging.page];
    if (paging.size) query[paging.size] = size;
    const input = { ...c.input, query };
    const client = (extra: Record<string, unknown> = {}) => ({ ...options(c, server.origin), ...extra });
    const pageOf = (url: string) => new URL(url, 'http://x').searchParams.get(paging.page);
    const withoutPage = (url: string) => {
      const u = new URL(url, 'http://x');
      u.searchParams.delete(paging.page);
      return `${u.pathname}?${u.searchParams}`;
    };
    const forms = ['method', 'function'] as const;
    // With a size parameter, the fewest requests are ceil(237 / 100); without one the server's 10.
    const perPage = paging.size ? size : 10;
    const requests = Math.ceil(ITEMS / perPage);

    it.each(forms)(
      `all ${ITEMS} items, in ${requests} requests, later ones changing only ${paging.page} (%s)`,
      async (form) => {
        start();
        const items = await collect(pagesAs(form, client(), op.operationId, input));
        expect(items).toHaveLength(ITEMS);
        expect(new Set(items.map((i) => JSON.stringify(i))).size).toBe(ITEMS);
        expect(server.received.map(pageOf)).toEqual(
          Array.from({ length: requests }, (_, i) => String(paging.start + i)),
        );
        const first = new URL(`${basePath}${c.want.url}`, 'http://x');
        first.searchParams.delete(paging.page);
        if (paging.size) first.searchParams.set(paging.size, String(size));
        for (const url of server.received)
          expect(new URLSearchParams(withoutPage(url).split('?')[1]).toString()).toBe(
            new URLSearchParams(first.search).toString(),
          );
      },
    );

    it.each(forms)('the pages, with their numbers and counts (%s)', async (form) => {
      start();
      const pages = await collect(pagesAs(form, client(), op.operationId, input).pages());
      expect(pages.map((p) => (p as { number: number }).number)).toEqual(
        Array.from({ length: requests }, (_, i) => paging.start + i),
      );
      expect(pages.map((p) => (p as { items: unknown[] }).items.length)).toEqual(
        Array.from({ length: requests }, (_, i) => Math.min(perPage, ITEMS - i * perPage)),
      );
    });

    it.each(forms)('a break after the first item sends no second request (%s)', async (form) => {
      start();
      for await (const item of pagesAs(form, client(), op.operationId, input)) {
        expect(item).toBeDefined();
        break;
      }
      expect(server.received).toHaveLength(1);
    });

    it.each(forms)('an aborted signal stops it (%s)', async (form) => {
      start();
      const controller = new AbortController();
      const loop = async () => {
        for await (const _ of pagesAs(form, client(), op.operationId, input, { signal: controller.signal }))
          controller.abort();
      };
      await expect(loop()).rejects.toBeInstanceOf(errors.UserAbortError as new () => Error);
      expect(server.received).toHaveLength(1);
      const aborted = pagesAs(form, client(), op.operationId, input, { signal: AbortSignal.abort() });
      await expect(collect(aborted)).rejects.toBeInstanceOf(errors.UserAbortError as new () => Error);
      expect(server.received).toHaveLength(1);
    });

    it.each(forms)('a 503 on page 2 is retried, and every item still comes (%s)', async (form) => {
      start();
      server.statusAt.set(1, 503);
      const retrying = client({ retry: { maxRetries: 2 }, clock: instantClock });
      const items = await collect(pagesAs(form, retrying, op.operationId, input));
      expect(items).toHaveLength(ITEMS);
      expect(server.received.map(pageOf)).toEqual(
        [0, 1, ...Array.from({ length: requests - 1 }, (_, i) => i + 1)].map((i) => String(paging.start + i)),
      );
    });

    it.each(forms)('a server that repeats a page ends it with the error (%s)', async (form) => {
      start();
      server.repeatFirst = true;
      const failure = await collect(pagesAs(form, client(), op.operationId, input)).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(errors.PaginationError as new () => Error);
      expect((failure as Error).message).toMatch(
        new RegExp(`^${op.operationId}: page ${paging.start + 1}: `),
      );
      expect(server.received).toHaveLength(2);
    });
  });
}
