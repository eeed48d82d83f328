// onUploadProgress through createApiClient: bytes are counted as fetch reads them, for every kind of body,
// against a real server on 127.0.0.1 and against msw; a retried attempt starts over from 0 and says so.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type UploadProgress } from '../src/index';
import { multipartBody, trackUpload } from '../src/internal/index';
import type { paths } from './support/paths';
import { json, useTestServer } from './support/test-server';
import { checkProgress } from './support/upload-progress';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const MiB = 1024 * 1024;

/** `size` bytes of a repeating pattern, so a lost or reordered chunk shows in the server's copy. */
function pattern(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7) & 0xff;
  return bytes;
}

/** A stream of `bytes` in chunks of `chunk` bytes. */
function streamOf(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}

function put(baseUrl: string, body: unknown, events: UploadProgress[], extra: object = {}) {
  const api = createApiClient<paths>({
    baseUrl,
    logger: silent,
    maxRetries: 2,
    retry: { initialDelay: 1, maxDelay: 1 },
  });
  return api.request('put', '/items/{id}', {
    params: { path: { id: 'f' } },
    body: body as never,
    headers: { 'content-type': 'application/octet-stream' },
    onUploadProgress: (p) => events.push(p),
    ...extra,
  });
}

describe('onUploadProgress against a real server', () => {
  const server = useTestServer();
  beforeEach(() => {
    server.reply((_q, res) => json(res, 200, { id: 'f', name: 'up' }));
  });

  const bytes = pattern(3 * MiB + 123);
  const sources: [string, () => unknown, number | undefined][] = [
    ['a Blob', () => new Blob([bytes]), bytes.length],
    ['a File', () => new File([bytes], 'a.bin'), bytes.length],
    ['a Uint8Array', () => bytes, bytes.length],
    ['an ArrayBuffer', () => bytes.slice().buffer, bytes.length],
    ['a string', () => 'héllo '.repeat(100_000), new TextEncoder().encode('héllo '.repeat(100_000)).length],
    ['a ReadableStream', () => streamOf(bytes, 200_000), undefined],
  ];
  for (const [name, make, total] of sources) {
    it(`counts ${name} up to its size exactly once, never backwards, in steps of 64 KiB at least`, async () => {
      const events: UploadProgress[] = [];
      await put(server.url, make(), events);
      const size = server.seen[0]!.body.length;
      expect(size).toBe(total ?? bytes.length);
      const [run] = checkProgress(events, size);
      for (const event of run!) expect(event.total).toBe(total);
      // Known sizes still go out with a Content-Length, as they would without progress.
      expect(server.seen[0]!.headers['content-length']).toBe(total === undefined ? undefined : String(total));
      // 64 KiB apart (bar the last), unless 100 ms passed: a loaded machine may add reports, never lose one.
      expect(run!.length).toBeGreaterThanOrEqual(Math.ceil(size / (64 * 1024)));
      expect(run!.length).toBeLessThanOrEqual(Math.ceil(size / (64 * 1024)) + 1 + 50);
    });
  }

  it('sends the bytes unchanged', async () => {
    await put(server.url, streamOf(bytes, 100_000), []);
    expect(Buffer.compare(server.seen[0]!.body, Buffer.from(bytes))).toBe(0);
  });

  it('counts a multipart form as encoded, boundary and all, from a Blob or with a stream part', async () => {
    for (const data of [new Blob([bytes]), streamOf(bytes, 300_000)]) {
      server.reset();
      const events: UploadProgress[] = [];
      const form = multipartBody({ name: 'report', file: { data, filename: 'r.bin' } });
      await put(server.url, form.body, events, { headers: { 'content-type': form.contentType } });
      const seen = server.seen[0]!;
      checkProgress(events, seen.body.length);
      const parsed = await new Response(new Uint8Array(seen.body), {
        headers: { 'content-type': String(seen.headers['content-type']) },
      }).formData();
      expect((parsed.get('file') as File).size).toBe(bytes.length);
    }
  });

  it('counts a FormData as fetch encodes it, and sends the boundary it counted', async () => {
    const events: UploadProgress[] = [];
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'a.bin');
    form.append('note', 'hi');
    await put(server.url, form, events, { headers: {} });
    const seen = server.seen[0]!;
    checkProgress(events, seen.body.length);
    const parsed = await new Response(new Uint8Array(seen.body), {
      headers: { 'content-type': String(seen.headers['content-type']) },
    }).formData();
    expect(parsed.get('note')).toBe('hi');
    expect((parsed.get('file') as File).size).toBe(bytes.length);
  });

  it('restarts from { loaded: 0, attempt: 2 } when a failed attempt is retried', async () => {
    server.reply((_q, res, _seen, index) =>
      index === 0 ? json(res, 503, { error: 'busy' }) : json(res, 200, { id: 'f', name: 'up' }),
    );
    const events: UploadProgress[] = [];
    await put(server.url, new Blob([bytes]), events);
    const runs = checkProgress(events, bytes.length, 2);
    // The first attempt was sent whole (the server read it before answering 503) and reported as such.
    expect(runs[0]!.at(-1)!.loaded).toBe(bytes.length);
    expect(runs[1]![0]).toEqual({ loaded: 0, total: bytes.length, attempt: 2 });
  });

  it('a handler that throws does not break the upload', async () => {
    const api = createApiClient<paths>({ baseUrl: server.url, logger: silent });
    await expect(
      api.request('put', '/items/{id}', {
        params: { path: { id: 'f' } },
        body: new Blob([bytes]) as never,
        onUploadProgress: () => {
          throw new Error('bar broke');
        },
      }),
    ).resolves.toEqual({ id: 'f', name: 'up' });
    expect(server.seen[0]!.body.length).toBe(bytes.length);
  });
});

describe('onUploadProgress against msw', () => {
  let received: number[] = [];
  let failFirst = false;
  const msw = setupServer(
    http.put('https://api.test/items/:id', async ({ request }) => {
      received.push((await request.arrayBuffer()).byteLength);
      if (failFirst && received.length === 1) return HttpResponse.json({ error: 'busy' }, { status: 503 });
      return HttpResponse.json({ id: 'f', name: 'up' });
    }),
  );
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());
  beforeEach(() => {
    received = [];
    failFirst = false;
  });

  it('counts a Blob and a stream as msw reads them', async () => {
    const bytes = pattern(MiB + 5);
    for (const body of [new Blob([bytes]), streamOf(bytes, 70_000)]) {
      const events: UploadProgress[] = [];
      await put('https://api.test', body, events);
      checkProgress(events, bytes.length);
    }
    expect(received).toEqual([bytes.length, bytes.length]);
  });

  it('restarts from 0 on the retried attempt', async () => {
    failFirst = true;
    const bytes = pattern(300_000);
    const events: UploadProgress[] = [];
    await put('https://api.test', bytes, events);
    checkProgress(events, bytes.length, 2);
    expect(received).toEqual([bytes.length, bytes.length]);
  });
});

describe('trackUpload', () => {
  it('reports every 64 KiB read when the clock stands still, and the whole once', async () => {
    const events: UploadProgress[] = [];
    const { body, total } = trackUpload(
      new Blob([pattern(MiB + 10)]),
      1,
      (p) => events.push(p),
      () => 0,
    );
    expect(total).toBe(MiB + 10);
    await new Response(body).arrayBuffer();
    const steps = Array.from({ length: 16 }, (_, i) => (i + 1) * 64 * 1024);
    expect(events.map((e) => e.loaded)).toEqual([0, ...steps, MiB + 10]);
  });

  it('reports an unknown size once it has ended, and 100 ms steps in between', async () => {
    let clock = 0;
    const events: UploadProgress[] = [];
    let sent = 0;
    // 25 ms per 100 bytes, read only when asked (no read-ahead).
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (sent === 40) return controller.close();
          sent++;
          clock += 25;
          controller.enqueue(new Uint8Array(100));
        },
      },
      { highWaterMark: 0 },
    );
    const { body } = trackUpload(
      source,
      3,
      (p) => events.push(p),
      () => clock,
    );
    await new Response(body).arrayBuffer();
    expect(events.map((e) => e.loaded)).toEqual([
      0, 400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 3600, 4000,
    ]);
    expect(events.every((e) => e.attempt === 3 && e.total === undefined)).toBe(true);
  });
});
