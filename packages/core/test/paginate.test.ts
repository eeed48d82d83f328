import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, paginate, SdkError, UsageError, type PaginationConfig } from '../src/index';
import type { paths } from './support/paths';

/** An in-memory API that pages `total` items in each style, counting the pages it served. */
function fakeApi(total: number, pageSize: number) {
  const all = Array.from({ length: total }, (_, i) => ({ id: `it_${i}` }));
  const calls: Record<string, unknown>[] = [];
  const pages: Record<
    PaginationConfig['style'] | 'drf' | 'deepset',
    (q: Record<string, unknown>) => Promise<unknown>
  > = {
    cursor: async (q) => {
      calls.push(q);
      const start = q.cursor ? Number(String(q.cursor).slice(2)) : 0;
      const items = all.slice(start, start + pageSize);
      const next = start + pageSize < total ? `c_${start + pageSize}` : null;
      return { data: items, next_cursor: next };
    },
    offset: async (q) => {
      calls.push(q);
      const offset = Number(q.offset ?? 0);
      return { results: all.slice(offset, offset + pageSize), total };
    },
    page: async (q) => {
      calls.push(q);
      const page = Number(q.page ?? 1);
      return { items: all.slice((page - 1) * pageSize, page * pageSize) };
    },
    drf: async (q) => {
      calls.push(q);
      const page = Number(q.page ?? 1);
      const end = page * pageSize;
      return {
        count: total,
        next: end < total ? `https://x/?page=${page + 1}` : null,
        previous: null,
        results: all.slice(end - pageSize, end),
      };
    },
    deepset: async (q) => {
      calls.push(q);
      const page = Number(q.page_number ?? 1);
      const end = page * pageSize;
      return { data: all.slice(end - pageSize, end), has_more: end < total, total };
    },
    after: async (q) => {
      calls.push(q);
      const start = q.after ? all.findIndex((i) => i.id === q.after) + 1 : 0;
      const items = all.slice(start, start + pageSize);
      return { data: items, has_more: start + pageSize < total };
    },
  };
  return { all, calls, pages };
}

const configs: Record<string, PaginationConfig> = {
  cursor: { style: 'cursor', items: 'data' },
  offset: { style: 'offset', items: 'results', total: 'total' },
  page: { style: 'page', items: 'items' },
  drf: { style: 'page', items: 'results', next: 'next' },
  deepset: { style: 'page', items: 'data', pageParam: 'page_number', hasMore: 'has_more' },
  after: { style: 'after', items: 'data', hasMore: 'has_more' },
};

describe('paginate', () => {
  it.each(Object.keys(configs))('%s: walking every page yields every item once, in order', async (style) => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 25 }),
        async (total, size) => {
          const api = fakeApi(total, size);
          const fetchPage = api.pages[style as keyof typeof api.pages];
          const items = await paginate<unknown, { id: string }>(fetchPage, configs[style]!).toArray();
          expect(items).toEqual(api.all);
          // No request is wasted; the page style without any end signal needs one empty page to know it is done.
          const expected = Math.max(1, Math.ceil(total / size) + (style === 'page' && total > 0 ? 1 : 0));
          expect(api.calls).toHaveLength(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('awaiting gives the first page only', async () => {
    const api = fakeApi(10, 3);
    const first = await paginate(api.pages.cursor, configs.cursor!);
    expect(first).toEqual({ data: api.all.slice(0, 3), next_cursor: 'c_3' });
    expect(api.calls).toHaveLength(1);
  });

  it('.pages() yields whole pages and reuses the first page that was already fetched', async () => {
    const api = fakeApi(7, 3);
    const list = paginate(api.pages.cursor as (q: object) => Promise<{ data: unknown[] }>, configs.cursor!);
    await list;
    const sizes: number[] = [];
    for await (const page of list.pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([3, 3, 1]);
    expect(api.calls).toHaveLength(3);
  });

  it('keeps the caller’s query on every page', async () => {
    const api = fakeApi(5, 2);
    await paginate(api.pages.offset, configs.offset!, { status: 'failed', limit: 2 }).toArray();
    expect(api.calls).toEqual([
      { status: 'failed', limit: 2 },
      { status: 'failed', limit: 2, offset: 2 },
      { status: 'failed', limit: 2, offset: 4 },
    ]);
  });

  it('stops on a repeated cursor instead of looping forever', async () => {
    let calls = 0;
    const items = await paginate(async () => {
      calls++;
      return { data: [{ id: calls }], next_cursor: 'same' };
    }, configs.cursor!).toArray();
    expect(items).toHaveLength(2);
    expect(calls).toBe(2);
  });

  it('stops on an empty page even if the server claims more', async () => {
    let calls = 0;
    const items = await paginate(async () => {
      calls++;
      return { data: calls === 1 ? [{ id: 'a' }] : [], has_more: true };
    }, configs.after!).toArray();
    expect(items).toEqual([{ id: 'a' }]);
    expect(calls).toBe(2);
  });

  it('with afterFields, sends a cursor made of several fields of the last item', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({
      file_id: `f${i}`,
      created_at: `2026-01-0${Math.floor(i / 2) + 1}`, // two rows share each timestamp: the id breaks ties
    }));
    const calls: Record<string, unknown>[] = [];
    const items = await paginate(
      async (q) => {
        calls.push(q);
        const start = q.after_file_id ? rows.findIndex((r) => r.file_id === q.after_file_id) + 1 : 0;
        return { data: rows.slice(start, start + 2), has_more: start + 2 < rows.length };
      },
      {
        style: 'after',
        items: 'data',
        hasMore: 'has_more',
        afterFields: { after_value: 'created_at', after_file_id: 'file_id' },
      },
      { limit: 2 },
    ).toArray();
    expect(items.map((r) => (r as { file_id: string }).file_id)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(calls).toEqual([
      { limit: 2 },
      { limit: 2, after_value: '2026-01-01', after_file_id: 'f1' },
      { limit: 2, after_value: '2026-01-02', after_file_id: 'f3' },
    ]);
  });

  it('with afterFields, stops when a cursor field is missing or the cursor repeats', async () => {
    const config = {
      style: 'after' as const,
      items: 'data',
      afterFields: { after_value: 'created_at', after_file_id: 'file_id' },
    };
    let calls = 0;
    await paginate(async () => {
      calls++;
      return { data: [{ file_id: 'f1' }], has_more: true };
    }, config).toArray();
    expect(calls).toBe(1);
    calls = 0;
    const repeated = await paginate(async () => {
      calls++;
      return { data: [{ file_id: 'f1', created_at: 't' }], has_more: true };
    }, config).toArray();
    expect(repeated).toHaveLength(2);
    expect(calls).toBe(2);
  });

  it('with offset and neither has_more nor total, a short page ends the list', async () => {
    const calls: unknown[] = [];
    const items = await paginate(
      async (q) => {
        calls.push(q);
        return { rows: q.offset ? [{ id: 3 }] : [{ id: 1 }, { id: 2 }] };
      },
      { style: 'offset', items: 'rows' },
      { limit: 2 },
    ).toArray();
    expect(items).toHaveLength(3);
    expect(calls).toHaveLength(2);
  });

  it('says when the configured items field is not a list', async () => {
    const list = paginate(async () => ({ data: { nope: true } }), configs.cursor!);
    await expect(list.toArray()).rejects.toThrow(UsageError);
    await expect(list.toArray()).rejects.toThrow(/expected an array at `data`/);
  });

  it('stops fetching when the consumer breaks', async () => {
    const api = fakeApi(100, 10);
    for await (const item of paginate<unknown, { id: string }>(api.pages.cursor, configs.cursor!)) {
      if (item.id === 'it_15') break;
    }
    expect(api.calls).toHaveLength(2);
  });

  it('propagates a failed page as a rejection of the iteration', async () => {
    let calls = 0;
    const list = paginate(async () => {
      if (++calls === 2) throw new Error('page 2 failed');
      return { data: [{ id: 'a' }], next_cursor: 'n' };
    }, configs.cursor!);
    await expect(list.toArray()).rejects.toThrow('page 2 failed');
  });

  it('rejects the pending next() of a failed page 2 once, then ends, with no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let calls = 0;
      const list = paginate(async () => {
        if (++calls === 2) throw new Error('page 2 failed');
        return { data: [{ id: 'a' }, { id: 'b' }], next_cursor: 'n' };
      }, configs.cursor!);
      const it = list[Symbol.asyncIterator]();
      expect(await it.next()).toEqual({ value: { id: 'a' }, done: false });
      expect(await it.next()).toEqual({ value: { id: 'b' }, done: false });
      // Two calls while page 2 is on its way: both see its failure, in order.
      const [third, fourth] = await Promise.allSettled([it.next(), it.next()]);
      expect(third).toMatchObject({ status: 'rejected', reason: { message: 'page 2 failed' } });
      expect(fourth).toMatchObject({ status: 'rejected', reason: { message: 'page 2 failed' } });
      expect(await it.next()).toEqual({ value: undefined, done: true });
      expect(calls).toBe(2);
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('hands out each item once to next() calls made before a page arrives', async () => {
    const api = fakeApi(7, 3);
    const it = paginate<unknown, { id: string }>(api.pages.cursor, configs.cursor!)[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 9 }, () => it.next()));
    expect(results.map((r) => r.value?.id)).toEqual([...api.all.map((i) => i.id), undefined, undefined]);
    expect(results.map((r) => r.done)).toEqual([...api.all.map(() => false), true, true]);
    expect(api.calls).toHaveLength(3);
  });

  it('stops mid-page on break: the rest of the page is dropped and no page is fetched after it', async () => {
    const api = fakeApi(100, 10);
    const list = paginate<unknown, { id: string }>(api.pages.cursor, configs.cursor!);
    const it = list[Symbol.asyncIterator]();
    const seen: string[] = [];
    for await (const item of { [Symbol.asyncIterator]: () => it }) {
      seen.push(item.id);
      if (item.id === 'it_3') break;
    }
    expect(seen).toEqual(['it_0', 'it_1', 'it_2', 'it_3']);
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(api.calls).toHaveLength(1);
  });

  it('drops a page that arrives after return() and ends', async () => {
    let release: (() => void) | undefined;
    let calls = 0;
    const list = paginate(async () => {
      if (++calls === 2) await new Promise<void>((resolve) => (release = resolve));
      return { data: [{ id: `p${calls}` }], next_cursor: `c${calls}` };
    }, configs.cursor!);
    const it = list[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: { id: 'p1' }, done: false });
    const waiting = it.next();
    await Promise.resolve();
    expect(await it.return?.()).toEqual({ value: undefined, done: true });
    release?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(calls).toBe(2);
  });
});

describe('paginate over a client', () => {
  const server = setupServer(
    http.get('https://api.example.test/items', ({ request }) => {
      const cursor = Number(new URL(request.url).searchParams.get('cursor') ?? 0);
      const items = [0, 1].map((i) => ({ id: `i${cursor + i}`, name: 'n' }));
      return HttpResponse.json({ items, next_cursor: cursor < 4 ? String(cursor + 2) : null });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('pages a real request through query parameters', async () => {
    const api = createApiClient<paths>({ baseUrl: 'https://api.example.test' });
    const ids: string[] = [];
    for await (const item of paginate((query) => api.request('get', '/items', { params: { query } }), {
      style: 'cursor',
      items: 'items',
    })) {
      ids.push((item as { id: string }).id);
    }
    expect(ids).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('aborting mid-list rejects the iteration with the reason when the next page is asked for', async () => {
    let requests = 0;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      const cursor = Number(new URL(String(input)).searchParams.get('cursor') ?? 0);
      if (cursor > 0) {
        // Page 2 hangs until the caller aborts.
        return new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      }
      return Response.json({ items: [{ id: 'a' }, { id: 'b' }], next_cursor: '2' });
    };
    const api = createApiClient<paths>({ baseUrl: 'https://api.example.test', fetch, maxRetries: 0 });
    const controller = new AbortController();
    const reason = new Error('user stopped');
    const ids: string[] = [];
    const iteration = (async () => {
      for await (const item of paginate(
        (query) => api.request('get', '/items', { params: { query }, signal: controller.signal }),
        { style: 'cursor', items: 'items' },
      )) {
        ids.push((item as { id: string }).id);
        if (ids.length === 2) setTimeout(() => controller.abort(reason), 0);
      }
    })();
    await expect(iteration).rejects.toBe(reason);
    expect(ids).toEqual(['a', 'b']);
    expect(requests).toBe(2);
  });
});

describe('a server that ignores the paging parameter', () => {
  // Each answers the same full page whatever it is asked, as a server that drops `page` or `offset` does.
  const same = { data: [{ id: 'a' }, { id: 'b' }], has_more: true, total: 100, next: 'more' };
  it.each<[string, PaginationConfig]>([
    ['page', { style: 'page', items: 'data', hasMore: 'has_more' }],
    ['page (DRF next)', { style: 'page', items: 'data', next: 'next' }],
    ['offset', { style: 'offset', items: 'data', hasMore: 'has_more' }],
    ['offset (total)', { style: 'offset', items: 'data', total: 'total' }],
  ])('stops a %s list with a clear error instead of paging forever', async (_name, config) => {
    let served = 0;
    const list = paginate(async () => {
      served++;
      return same;
    }, config);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of list) seen.push(item);
    })().catch((e) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.message).toMatch(
      /repeats the previous page: the server seems to ignore the paging parameter/,
    );
    expect(served).toBe(2);
    // The repeated page's items are not handed out twice.
    expect(seen).toEqual(same.data);
  });
});
