// A streamed upload holds one chunk at a time: a large body goes through a real HTTP server on 127.0.0.1
// (which counts the bytes and drops them) while the client's heap and RSS stay flat.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHotdataClient } from '../../src/index';

const MiB = 1024 * 1024;
// 1 GiB; UPLOAD_TEST_MIB lowers it on slow machines (the bound below does not scale with it).
const TOTAL = Number(process.env.UPLOAD_TEST_MIB ?? 1024) * MiB;
const CHUNK = MiB;

let url = '';
let received = 0;
let seen:
  | { streaming: string | null; contentType: string | undefined; workspace: string | undefined }
  | undefined;
const server = createServer((req: IncomingMessage, res) => {
  const query = new URL(req.url ?? '/', 'http://x').searchParams;
  seen = {
    streaming: query.get('streaming'),
    contentType: req.headers['content-type'],
    workspace: req.headers['x-workspace-id'] as string | undefined,
  };
  received = 0;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
  });
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'upl_1',
        status: 'pending',
        size_bytes: received,
        content_type: req.headers['content-type'] ?? null,
        created_at: new Date().toISOString(),
      }),
    );
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A Node-style byte source of `total` bytes, made a chunk at a time as it is read (like a file stream). */
async function* bytes(total: number): AsyncGenerator<Uint8Array> {
  for (let sent = 0; sent < total; sent += CHUNK)
    yield new Uint8Array(Math.min(CHUNK, total - sent)).fill(97);
}

it(`uploads ${TOTAL / MiB} MiB from a stream with ?streaming=true and flat memory`, async () => {
  const hotdata = createHotdataClient({ apiKey: 'k', workspaceId: 'ws_1', baseUrl: url, logLevel: 'off' });
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  let peakBuffers = before.arrayBuffers;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
    peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
  }, 20);
  const started = performance.now();
  const upload = await hotdata.uploadFile(bytes(TOTAL), { contentType: 'text/csv' });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const heapGrowth = (peakHeap - before.heapUsed) / MiB;
  const rssGrowth = (peakRss - before.rss) / MiB;
  console.log(`peak arrayBuffers +${((peakBuffers - before.arrayBuffers) / MiB).toFixed(1)} MiB`);
  console.log(
    `uploaded ${TOTAL / MiB} MiB in ${seconds.toFixed(1)} s; peak heap +${heapGrowth.toFixed(1)} MiB, peak RSS +${rssGrowth.toFixed(1)} MiB`,
  );
  expect(upload.size_bytes).toBe(TOTAL);
  expect(received).toBe(TOTAL);
  expect(seen).toEqual({ streaming: 'true', contentType: 'text/csv', workspace: 'ws_1' });
  // Buffering would cost the whole body (1 GiB); streaming costs a few chunks in flight.
  expect(heapGrowth).toBeLessThan(64);
  // RSS also carries garbage the collector has not reached yet, which varies with machine speed (+56 to
  // +110 MiB measured); the bound only has to tell a few chunks from the whole gigabyte.
  expect(rssGrowth).toBeLessThan(384);
}, 60_000);
