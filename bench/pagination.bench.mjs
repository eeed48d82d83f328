// Pagination memory: 1,000,000 items in pages of 1,000 through the client over real HTTP; heap growth is
// sampled after forced GCs (run with --expose-gc) while the iteration runs. Pagination speed: `for await`
// over items and over `.pages()` against a hand-written loop of the same `api.request` calls, with an
// in-memory fetch so that what differs is the paging alone.
import { createApiClient, paginate } from '@org/sdk-core';
import { startServer } from './server.mjs';

/**
 * The per-page step both reference iterators share: fetches pages with `page` until one has items, hands its
 * items to `take` (which answers the first) and settles `next()` with that first item, or with done.
 */
function pageStep(page, take) {
  let cursor;
  let first = true;
  return async () => {
    while (first || cursor) {
      const body = await page(first ? {} : { cursor });
      first = false;
      cursor = body.next_cursor;
      if (body.data.length) return { value: take(body.data), done: false };
    }
    return { value: undefined, done: true };
  };
}

/** Items of every page, fetched with `page`, with no checks: the smallest iterator over them. */
function minimalItems(page) {
  let items = [];
  let index = 0;
  const refill = pageStep(page, (data) => {
    items = data;
    index = 1;
    return data[0];
  });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      return index < items.length ? Promise.resolve({ value: items[index++], done: false }) : refill();
    },
  };
}

/** Milliseconds of CPU (every thread of the process) since `since`: steadier than wall time on a busy machine. */
export function cpuMs(since) {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/**
 * As `minimalItems`, but every item is handed out through one settled promise of one result object that is
 * overwritten: what `for await` costs with no allocation per item at all (its one microtask per item stays).
 * Not a correct iterator (two `next()` calls before the first settles see the same item), so no paginator
 * can ship it: it shows how close to the hand-written loop any `for await` over items can come.
 */
function sharedResultItems(page) {
  let items = [];
  let index = 0;
  const result = { value: undefined, done: false };
  const settled = Promise.resolve(result);
  const refill = pageStep(page, (data) => {
    items = data;
    index = 1;
    return data[0];
  });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (index >= items.length) return refill();
      result.value = items[index++];
      return settled;
    },
  };
}

/** 200,000 items in pages of 100, served from memory: each variant sums `n` over every item. */
async function speed({ total = 200_000, pageSize = 100, rounds = 6 } = {}) {
  const bodies = [];
  for (let cursor = 0; cursor < total; cursor += pageSize) {
    const data = [];
    for (let i = cursor; i < cursor + pageSize; i++) data.push({ id: `item_${i}`, n: i });
    bodies.push(
      JSON.stringify({ data, next_cursor: cursor + pageSize < total ? String(cursor + pageSize) : null }),
    );
  }
  const headers = { 'content-type': 'application/json' };
  const fetch = async (url) => {
    const cursor = Number(new URL(url).searchParams.get('cursor') ?? 0);
    return new Response(bodies[cursor / pageSize], { headers });
  };
  const api = createApiClient({ baseUrl: 'http://bench.local', logLevel: 'off', fetch });
  const page = (query) => api.request('get', '/items', { params: { query } });
  const list = () => paginate(page, { style: 'cursor', items: 'data' });
  const variants = {
    'hand-written loop of api.request': async () => {
      let sum = 0;
      let cursor;
      do {
        const body = await page(cursor === undefined ? {} : { cursor });
        for (const item of body.data) sum += item.n;
        cursor = body.next_cursor;
      } while (cursor);
      return sum;
    },
    'for await over items': async () => {
      let sum = 0;
      for await (const item of list()) sum += item.n;
      return sum;
    },
    // The floor for any `for await` over items: the hand-written loop's pages handed out by the smallest
    // async iterator that can be written (one result object and one resolved promise per item).
    'minimal AsyncIterable over the same pages (reference)': async () => {
      let sum = 0;
      for await (const item of minimalItems(page)) sum += item.n;
      return sum;
    },
    'one shared settled result per item (not a correct iterator: the floor of for await)': async () => {
      let sum = 0;
      for await (const item of sharedResultItems(page)) sum += item.n;
      return sum;
    },
    'for await over .pages()': async () => {
      let sum = 0;
      for await (const p of list().pages()) for (const item of p.data) sum += item.n;
      return sum;
    },
  };
  const names = Object.keys(variants);
  const ms = Object.fromEntries(names.map((k) => [k, 0]));
  const cpu = Object.fromEntries(names.map((k) => [k, 0]));
  for (const fn of Object.values(variants)) await fn(); // warm-up
  const expected = (total * (total - 1)) / 2;
  for (let r = 0; r < rounds; r++) {
    for (const name of names.slice(r % names.length).concat(names.slice(0, r % names.length))) {
      const start = performance.now();
      const used = process.cpuUsage();
      const sum = await variants[name]();
      ms[name] += performance.now() - start;
      cpu[name] += cpuMs(used);
      if (sum !== expected) throw new Error(`${name} summed ${sum}, expected ${expected}`);
    }
  }
  const rate = (name) => (total * rounds) / (ms[name] / 1000);
  const floor = rate('hand-written loop of api.request');
  const reference = rate('minimal AsyncIterable over the same pages (reference)');
  return names.map((name) => ({
    bench: `pagination speed (${total.toLocaleString('en')} items, pages of ${pageSize}, in memory)`,
    name,
    value: Math.round(rate(name)),
    unit: 'items/s',
    ratio: +(rate(name) / floor).toFixed(3),
    ...(name === 'for await over items'
      ? {
          target: '>= 0.9x hand-written loop',
          pass: rate(name) / floor >= 0.9,
          note: `${(rate(name) / reference).toFixed(3)}x the minimal AsyncIterable; CPU time: ${(cpu['hand-written loop of api.request'] / cpu[name]).toFixed(3)}x the loop, ${(cpu['minimal AsyncIterable over the same pages (reference)'] / cpu[name]).toFixed(3)}x the minimal`,
        }
      : { note: `CPU time: ${(cpu['hand-written loop of api.request'] / cpu[name]).toFixed(3)}x the loop` }),
  }));
}

export default async function paginationBench(options = {}) {
  return [...(await speed()), ...(await memory(options))];
}

async function memory({ total = 1_000_000, pageSize = 1000 } = {}) {
  const server = await startServer((req, res) => {
    const cursor = Number(new URL(req.url, 'http://x').searchParams.get('cursor') ?? 0);
    const data = [];
    for (let i = cursor; i < Math.min(cursor + pageSize, total); i++)
      data.push({ id: `item_${i}`, n: i, label: 'x'.repeat(16) });
    const body = JSON.stringify({
      data,
      next_cursor: cursor + pageSize < total ? String(cursor + pageSize) : null,
    });
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
      .end(body);
  });
  const api = createApiClient({ baseUrl: server.url, logLevel: 'off' });
  const gc = globalThis.gc ?? (() => {});
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  let count = 0;
  let sum = 0;
  const started = performance.now();
  const list = paginate((query) => api.request('get', '/items', { params: { query } }), {
    style: 'cursor',
    items: 'data',
  });
  for await (const item of list) {
    count++;
    sum += item.n;
    if (count % 50_000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await server.close();
  const expectedSum = (total * (total - 1)) / 2;
  return [
    {
      bench: 'pagination',
      name: `${total.toLocaleString('en')} items in pages of ${pageSize}`,
      value: +(peak / 2 ** 20).toFixed(1),
      unit: 'MB heap growth (peak)',
      target: '< 50 MB, every item once',
      pass: peak < 50 * 2 ** 20 && count === total && sum === expectedSum,
      note: `${count.toLocaleString('en')} items in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString('en')} items/s)${globalThis.gc ? '' : '; run with --expose-gc for exact heap figures'}`,
    },
  ];
}
