/**
 * Paginators for the four list styles the vendors use. The spec's `x-pagination` extension is this
 * config; the generator passes it through unchanged.
 */
import { SdkError, UsageError } from './errors';
import { currentOperation, withOperation } from './operation';
import { lazyThenable } from './thenable';
import { fullResult, type WithResponse } from './with-response';

/** Dotted path into a response body, e.g. `data` or `meta.next_cursor`. `''` is the body itself. */
type FieldPath = string;

/** How one list operation pages. Parameter names default to the most common spelling. */
export type PaginationConfig =
  | {
      /** `?cursor=` from the previous page's `next_cursor`; ends when it is null or repeats. */
      style: 'cursor';
      items: FieldPath;
      cursorParam?: string | undefined;
      nextCursor?: FieldPath | undefined;
    }
  | {
      /** `?offset=&limit=`; ends on `has_more: false`, at `total`, or on a short page when neither is sent. */
      style: 'offset';
      items: FieldPath;
      offsetParam?: string | undefined;
      limitParam?: string | undefined;
      hasMore?: FieldPath | undefined;
      total?: FieldPath | undefined;
    }
  | {
      /** `?page=`; ends when `next` is null (DRF), `has_more` is false (deepset), or at `total`. */
      style: 'page';
      items: FieldPath;
      pageParam?: string | undefined;
      firstPage?: number | undefined;
      hasMore?: FieldPath | undefined;
      next?: FieldPath | undefined;
      total?: FieldPath | undefined;
    }
  | {
      /** `?after=<id of the last item>`; ends on `has_more: false`. */
      style: 'after';
      items: FieldPath;
      afterParam?: string | undefined;
      idField?: string | undefined;
      hasMore?: FieldPath | undefined;
      /**
       * A cursor of several fields of the last item, one query parameter each (deepset's files:
       * `{ after_value: 'created_at', after_file_id: 'file_id' }`). Replaces `afterParam` and `idField`.
       */
      afterFields?: Record<string, string> | undefined;
    };

/** Fetches one page given the query parameters that select it. */
export type PageFetcher<Page> = (query: Record<string, unknown>) => Promise<Page>;

/**
 * The result of a list call: `await` it for the first page, `for await` it for every item across pages,
 * or iterate `.pages()`. Only one page is held in memory at a time.
 */
export interface PagePromise<Page, Item> extends Promise<Page>, AsyncIterable<Item> {
  /** Every page, starting with the first. */
  pages(): AsyncIterable<Page>;
  /** The first page with the response it was read from and the vendor's request id. */
  withResponse(): Promise<WithResponse<Page>>;
  /** Every page as `{ data, response, requestId }`, starting with the first. */
  pagesWithResponse(): AsyncIterable<WithResponse<Page>>;
  /** Every item, collected into an array (convenient for small lists; prefer `for await` for big ones). */
  toArray(options?: { limit?: number }): Promise<Item[]>;
}

function read(body: unknown, path: FieldPath): unknown {
  if (!path) return body;
  let value = body;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
  return value;
}

function itemsOf(page: unknown, config: PaginationConfig): unknown[] {
  const items = read(page, config.items);
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) {
    throw new UsageError(
      `[@org/sdk-core] pagination expected an array at \`${config.items || '(body)'}\`, got ${typeof items}; the spec's x-pagination.items may be wrong.`,
    );
  }
  return items;
}

/** The query that selects the page after `page`, or undefined when `page` was the last. */
function nextQuery(
  page: unknown,
  items: unknown[],
  query: Record<string, unknown>,
  config: PaginationConfig,
  state: { seen: Set<unknown>; counted: number },
): Record<string, unknown> | undefined {
  const { seen } = state;
  state.counted += items.length;
  if (items.length === 0) return undefined;
  const hasMore = 'hasMore' in config && config.hasMore ? read(page, config.hasMore) : undefined;
  if (hasMore === false) return undefined;
  switch (config.style) {
    case 'cursor': {
      const cursor = read(page, config.nextCursor ?? 'next_cursor');
      if (cursor === undefined || cursor === null || cursor === '' || seen.has(cursor)) return undefined;
      seen.add(cursor);
      return { ...query, [config.cursorParam ?? 'cursor']: cursor };
    }
    case 'offset': {
      const offsetParam = config.offsetParam ?? 'offset';
      const offset = Number(query[offsetParam] ?? 0) + items.length;
      const total = config.total ? read(page, config.total) : undefined;
      if (typeof total === 'number' && offset >= total) return undefined;
      if (hasMore === undefined && total === undefined) {
        // Neither signal: a short page is the last one.
        const limit = Number(query[config.limitParam ?? 'limit']);
        if (Number.isFinite(limit) && items.length < limit) return undefined;
      }
      return { ...query, [offsetParam]: offset };
    }
    case 'page': {
      if (config.next && !read(page, config.next)) return undefined;
      const pageParam = config.pageParam ?? 'page';
      const current = Number(query[pageParam] ?? config.firstPage ?? 1);
      // Count what the pages so far held: the page size is whatever the server chose.
      const total = config.total ? read(page, config.total) : undefined;
      if (typeof total === 'number' && state.counted >= total) return undefined;
      return { ...query, [pageParam]: current + 1 };
    }
    case 'after': {
      const last = items[items.length - 1] as Record<string, unknown> | undefined;
      const fields = config.afterFields ?? { [config.afterParam ?? 'after']: config.idField ?? 'id' };
      const cursor: Record<string, unknown> = {};
      for (const [param, field] of Object.entries(fields)) {
        const value = last?.[field];
        if (value === undefined || value === null) return undefined;
        cursor[param] = value;
      }
      // A cursor seen before means the server is repeating itself: stop rather than loop.
      const key = JSON.stringify(cursor);
      if (seen.has(key)) return undefined;
      seen.add(key);
      return { ...query, ...cursor };
    }
  }
}

/**
 * Wraps a page fetcher in a PagePromise.
 * @example
 * const runs = paginate((query) => api.request('get', '/v1/query-runs', { params: { query } }),
 *   { style: 'cursor', items: 'query_runs' }, { limit: 100 });
 * for await (const run of runs) console.log(run.id);
 */
export function paginate<Page, Item = unknown>(
  fetcher: PageFetcher<Page>,
  config: PaginationConfig,
  query: Record<string, unknown> = {},
): PagePromise<Page, Item> {
  // Pages are fetched later, outside the resource method: they keep its operation name.
  const operation = currentOperation();
  const fetchPage = (q: Record<string, unknown>) => fullResult(withOperation(operation, () => fetcher(q)));
  let first: Promise<WithResponse<Page>> | undefined;
  const firstFull = () => (first ??= fetchPage(query));
  const firstPage = () => firstFull().then((full) => full.data);

  const fetchData = (q: Record<string, unknown>) => withOperation(operation, () => fetcher(q));

  /**
   * One walk over the pages, kept synchronous so that a page costs no async frame of its own: `query()` is
   * the query of the next page (undefined after the last), `take(page)` checks the page fetched with it
   * and returns its items. `started` says whether the first page was taken.
   */
  function walk() {
    const state = { seen: new Set<unknown>(), counted: 0 };
    let current: Record<string, unknown> | undefined = query;
    let last: { page: unknown; items: unknown[] } | undefined;
    let previous: string | undefined;
    return {
      get started() {
        return last !== undefined;
      },
      query(): Record<string, unknown> | undefined {
        if (last && current) current = nextQuery(last.page, last.items, current, config, state);
        return current;
      },
      take(page: unknown): unknown[] {
        const items = itemsOf(page, config);
        // Cursor and after lists stop on a repeated cursor; a page or offset list must look at the items, or
        // a server that ignores the parameter is paged forever.
        if (config.style === 'page' || config.style === 'offset') {
          const key = JSON.stringify(items);
          if (key === previous) {
            const repeated = current;
            current = undefined;
            throw new SdkError(
              `[@org/sdk-core] the page for ${JSON.stringify(repeated)} repeats the previous page: the server seems to ignore the paging parameter, so the list stops here.`,
            );
          }
          previous = key;
        }
        last = { page, items };
        return items;
      },
    };
  }

  async function* pagesWithResponse(): AsyncGenerator<WithResponse<Page>> {
    const pages = walk();
    for (let q = pages.query(); q; q = pages.query()) {
      const full = await (pages.started ? fetchPage(q) : firstFull());
      pages.take(full.data);
      yield full;
    }
  }

  async function* pages(): AsyncGenerator<Page> {
    const pages = walk();
    for (let q = pages.query(); q; q = pages.query()) {
      const page = await (pages.started ? fetchData(q) : firstPage());
      pages.take(page);
      yield page;
    }
  }

  /**
   * Every item: the items of the page in hand are handed out with one settled promise each and no async
   * frame (a generator's `yield*` costs promise hops per item); only moving to the next page awaits, once.
   */
  function items(): AsyncIterableIterator<Item> {
    const pages = walk();
    let batch: unknown[] = [];
    let index = 0;
    let ended = false;
    // The page being fetched: a `next()` called before it arrives waits its turn.
    let pending: Promise<IteratorResult<Item, undefined>> | undefined;
    const refill = async (): Promise<IteratorResult<Item, undefined>> => {
      try {
        for (let q = ended ? undefined : pages.query(); q; q = pages.query()) {
          const page = await (pages.started ? fetchData(q) : firstPage());
          // Stopped (`return()`) while the page was on its way: it is dropped.
          if (ended) break;
          batch = pages.take(page);
          index = 0;
          if (batch.length) return { value: batch[index++] as Item, done: false };
        }
      } catch (error) {
        ended = true;
        throw error;
      }
      ended = true;
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<Item> = {
      next() {
        // While a page is being fetched the batch is spent, so this fast path never jumps the queue.
        if (index < batch.length) return Promise.resolve({ value: batch[index++] as Item, done: false });
        if (pending) return pending.then(() => iterator.next());
        pending = refill().finally(() => {
          pending = undefined;
        });
        return pending;
      },
      async return() {
        ended = true;
        batch = [];
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  return {
    ...lazyThenable(firstPage),
    [Symbol.toStringTag]: 'PagePromise',
    [Symbol.asyncIterator]: items,
    pages,
    pagesWithResponse,
    withResponse: firstFull,
    async toArray(options) {
      const out: Item[] = [];
      for await (const item of items()) {
        if (options?.limit !== undefined && out.length >= options.limit) break;
        out.push(item);
      }
      return out;
    },
  } as PagePromise<Page, Item>;
}
