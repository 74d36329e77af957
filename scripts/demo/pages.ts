// The tour's "pages" step: the README's loop over a paged operation, against Prism. Prism answers each
// page with its sample body, whose counts no server would send with it (`total: 0` beside an item,
// negative page numbers), which the paginator rightly refuses; `coherentPages` sets them as a server
// of three one-page lists would, at the places the spec's x-pagination names, and makes each page's
// items differ. Every request still goes to Prism, which checks it against the spec.
import type { Operation } from '../generate/model.js';

/** How many pages the demo's list has. */
export const DEMO_PAGES = 3;

type Json = Record<string, unknown>;

function setAt(body: Json, path: readonly string[], value: unknown): void {
  let node = body;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path.at(-1)!] = value;
}

function getAt(body: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], body);
}

/** An item of page `page`: its first string field suffixed, or its first number field set, by the page. */
function itemOfPage(item: unknown, page: number): unknown {
  if (!item || typeof item !== 'object') return item;
  const entries = Object.entries(item as Json);
  const key =
    entries.find(([, v]) => typeof v === 'string')?.[0] ??
    entries.find(([, v]) => typeof v === 'number')?.[0];
  if (key === undefined) return item;
  const value = (item as Json)[key];
  return { ...item, [key]: typeof value === 'string' ? `${value}-${page}` : page };
}

/** fetch that makes Prism's answers to the paged operations' GETs pages of a DEMO_PAGES-page list. */
export function coherentPages(
  operations: readonly Operation[],
  inner: typeof globalThis.fetch,
): typeof globalThis.fetch {
  const paged = operations.filter((op) => op.pagination && op.method === 'get');
  return async (input, init) => {
    const response = await inner(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const op = paged.find((o) => o.path === url.pathname);
    if (!op || response.status !== 200) return response;
    const p = op.pagination!;
    const page = Number(url.searchParams.get(p.page) ?? p.start);
    const body = (await response.json()) as Json;
    const items = getAt(body, p.items);
    const list = Array.isArray(items) ? items.map((item) => itemOfPage(item, page)) : [];
    const index = page - p.start + 1;
    setAt(body, p.items, index <= DEMO_PAGES ? list : []);
    if (p.totalPages) setAt(body, p.totalPages, DEMO_PAGES);
    if (p.totalItems) setAt(body, p.totalItems, DEMO_PAGES * list.length);
    if (p.pageNumber) setAt(body, p.pageNumber, page);
    return Response.json(body, { status: response.status, headers: response.headers });
  };
}

/** The README's input for an operation's loop: its required parameters but the page, and a page size of 100. */
export function pagesInput(op: Operation, required: Record<string, unknown>): Record<string, unknown> {
  const p = op.pagination!;
  const query = { ...(required.query as Json | undefined) };
  delete query[p.page];
  if (p.size) query[p.size] = 100;
  return { ...required, query };
}
