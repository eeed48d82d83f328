// Pagination memory: 1,000,000 items in pages of 1,000 through the client over real HTTP; heap growth is
// sampled after forced GCs (run with --expose-gc) while the iteration runs.
import { createApiClient, paginate } from '@org/sdk-core';
import { startServer } from './server.mjs';

export default async function paginationBench({ total = 1_000_000, pageSize = 1000 } = {}) {
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
