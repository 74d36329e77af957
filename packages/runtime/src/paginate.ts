/**
 * Every page of a paged operation in one loop: `for await (const user of paginateListUsers(client))`.
 * Each page is one `call` of the operation, so it goes through the same pipeline as any call (retries,
 * timeouts, hooks, the caller's signal). A module of its own: a bundle that never paginates carries
 * none of it.
 */
import type { CallInit, ClientCore } from './client.js';
import type { CallInput, OperationSpec } from './operation.js';
import { CALL_OPTIONS, checkKeys } from './options.js';
import { type ResponseMeta, withResponse } from './response.js';

/** Where a paged operation's page parameters and counts are (the spec's `x-pagination`). */
export interface PaginationSpec {
  /** The query parameter naming the page. */
  readonly page: string;
  /** The first page's number. */
  readonly start: number;
  /** The query parameter naming the page size, if the operation has one. */
  readonly size?: string;
  /** The path of the page's list of items in the response body, e.g. `['records']`. */
  readonly items: readonly string[];
  readonly totalPages?: readonly string[];
  readonly totalItems?: readonly string[];
  /** The number of the page the response says it is. */
  readonly pageNumber?: readonly string[];
}

/** Bounds on a loop over pages, beside the usual per-call settings (applied to every page's call). */
export interface PaginateInit extends CallInit {
  /** Requests no more than this many pages. */
  maxPages?: number;
  /** Stops after this many items (the last page's list is cut to fit). */
  maxItems?: number;
}

/** One page: its items, its number, the counts the response gives, its body and response metadata. */
export interface Page<Item, Body> {
  readonly items: Item[];
  /** The page number sent. */
  readonly number: number;
  readonly totalPages: number | undefined;
  readonly totalItems: number | undefined;
  /** The whole parsed body, as the operation's method resolves with it. */
  readonly data: Body;
  readonly response: ResponseMeta;
}

/**
 * Iterates the items of every page (`for await (const item of …)`); `pages()` iterates the pages.
 * Nothing is requested until the loop starts, and a `break` requests nothing more.
 */
export interface Paginator<Item, Body> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Item, Body>>;
}

/** The input of a paged operation's loop: its own, with the page parameter optional (default: the first). */
export type PageQuery<Query, PageParam extends string> = Omit<Query, PageParam> &
  Partial<Pick<Query, PageParam & keyof Query>>;

/** A server's page does not fit the ones before it (a page repeated, impossible counts). */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
  declare readonly operationId: string;
  declare readonly page: number;
  constructor(operationId: string, page: number, problem: string) {
    super(`${operationId}: page ${page}: ${problem}; stopped rather than loop`);
    Object.assign(this, { operationId, page });
  }
}

const PAGINATE_OPTIONS = [...CALL_OPTIONS, 'maxPages', 'maxItems'];

function valueAt(body: unknown, path: readonly string[]): unknown {
  let node = body;
  for (const key of path)
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function bound(operationId: string, name: string, value: number | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${operationId}: ${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * Every page of `operation` from the user's input on: the first request is the input as given (the
 * page parameter set to the first page when it has none), each later one changes only the page
 * parameter. It ends at the last page by the response's counts when it gives them, otherwise on an
 * empty page or one shorter than the first (or than the size asked for); it fails with a
 * PaginationError when a page repeats the one before or the counts cannot be right.
 */
export function paginate<Item, Body>(
  client: ClientCore,
  operation: OperationSpec,
  input: CallInput = {},
  init: PaginateInit = {},
): Paginator<Item, Body> {
  const { operationId } = operation;
  const paging = operation.pagination;
  if (!paging) throw new TypeError(`${operationId} does not page (its spec has no x-pagination)`);
  const {
    page,
    start,
    size,
    items: itemsAt,
    totalPages: pagesAt,
    totalItems: totalAt,
    pageNumber: numberAt,
  } = paging;
  checkKeys(operationId, 'pagination option', init, PAGINATE_OPTIONS);
  const { maxPages, maxItems, ...callInit } = init;
  const pageLimit = bound(operationId, 'maxPages', maxPages);
  const itemLimit = bound(operationId, 'maxItems', maxItems);
  const first = input.query?.[page] ?? start;
  if (!Number.isInteger(first))
    throw new TypeError(`${operationId}: query parameter "${page}" must be an integer page number`);
  const asked = size === undefined ? undefined : input.query?.[size];

  async function* pages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    let number = first as number;
    let seen = 0;
    let requested = 0;
    let firstLength: number | undefined;
    let previous: string | undefined;
    for (;;) {
      const { data, ...response } = await withResponse(
        client.call<Body>(operation, { ...input, query: { ...input.query, [page]: number } }, callInit),
      );
      requested++;
      const fail = (problem: string) => new PaginationError(operationId, number, problem);
      const list = valueAt(data, itemsAt);
      if (!Array.isArray(list)) throw fail(`the response has no list of items at ${itemsAt.join('.')}`);
      const count = (path: readonly string[] | undefined, what: string) => {
        const value = path && valueAt(data, path);
        if (value == null) return undefined;
        if (!Number.isSafeInteger(value) || (value as number) < 0)
          throw fail(`the response gives ${what} as ${JSON.stringify(value)}`);
        return value as number;
      };
      const totalPages = count(pagesAt, 'the number of pages');
      const totalItems = count(totalAt, 'the number of items');
      const said = count(numberAt, 'its page number');
      if (said !== undefined && said !== number) throw fail(`the response is page ${said} instead`);
      const key = list.length > 0 ? JSON.stringify(list) : undefined;
      if (key !== undefined && key === previous) throw fail('the server sent the previous page again');
      previous = key;
      firstLength ??= list.length;
      const index = number - start + 1;
      // Items before this one: the pages skipped by a later first page count as full as the first.
      const position = ((first as number) - start) * firstLength + seen + list.length;
      if (list.length > 0 && totalPages !== undefined && index > totalPages)
        throw fail(`it has items, past the ${totalPages} pages the response counts`);
      if (totalItems !== undefined && position > totalItems)
        throw fail(`it ends at item ${position}, past the ${totalItems} items the response counts`);
      seen += list.length;
      const items = (seen > itemLimit ? list.slice(0, list.length - (seen - itemLimit)) : list) as Item[];
      yield { items, number, totalPages, totalItems, data, response };
      const short =
        requested === 1 ? typeof asked === 'number' && list.length < asked : list.length < firstLength;
      const counted =
        totalPages !== undefined
          ? index >= totalPages
          : totalItems !== undefined
            ? position >= totalItems
            : short;
      if (list.length === 0 || counted || requested >= pageLimit || seen >= itemLimit) return;
      number++;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}
