// serveHandlers: msw handlers answered over a real socket on 127.0.0.1.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServedHandlers, serveHandlers } from '../src/msw-node/index';

let served: ServedHandlers | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('serveHandlers', () => {
  it('answers through the handlers built for its own URL, showing `before` each request', async () => {
    const seen: string[] = [];
    served = await serveHandlers(
      (url) => [
        http.get(`${url}/items/:id`, ({ params }) => HttpResponse.json({ id: params.id, served: url })),
        http.post(`${url}/items`, async ({ request }) =>
          HttpResponse.json(await request.json(), { status: 201, statusText: 'Made' }),
        ),
      ],
      {
        before: (request, index) => {
          const { pathname, search } = new URL(request.url);
          seen.push(`${index} ${request.method} ${pathname}${search}`);
          return undefined;
        },
      },
    );
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${served.url}/items/a`)).json()).toEqual({ id: 'a', served: served.url });
    const created = await fetch(`${served.url}/items?x=1`, { method: 'POST', body: '{"name":"n"}' });
    expect([created.status, created.statusText]).toEqual([201, 'Made']);
    expect(await created.json()).toEqual({ name: 'n' });
    expect(seen).toEqual(['0 GET /items/a', '1 POST /items?x=1']);
  });

  it('passes every answer through `after`, which may replace it', async () => {
    served = await serveHandlers((url) => [http.get(`${url}/a`, () => HttpResponse.json({ a: 1 }))], {
      after: (request, response) => {
        const headers = new Headers(response.headers);
        headers.set('x-after', `${request.method} ${response.status}`);
        return new Response(response.body, { status: response.status, headers });
      },
    });
    const found = await fetch(`${served.url}/a`);
    expect(found.headers.get('x-after')).toBe('GET 200');
    expect(await found.json()).toEqual({ a: 1 });
    expect((await fetch(`${served.url}/missing`)).headers.get('x-after')).toBe('GET 404');
  });

  it('reads and drops a large body answered without being read, so the connection carries the next request', async () => {
    served = await serveHandlers((url) => [
      http.post(`${url}/refuse`, () => new HttpResponse(null, { status: 413 })),
      http.post(`${url}/take`, async ({ request }) =>
        HttpResponse.json({ bytes: (await request.arrayBuffer()).byteLength }),
      ),
    ]);
    const big = new Uint8Array(2 * 1024 * 1024).fill(66);
    // Streamed with its length, as an upload with progress is: the client sends it all whatever the answer.
    const refused = await fetch(`${served.url}/refuse`, {
      method: 'POST',
      body: new Blob([big]).stream(),
      headers: { 'content-length': String(big.length) },
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    await refused.body?.cancel();
    for (let i = 0; i < 2; i++) {
      const taken = await fetch(`${served.url}/take`, { method: 'POST', body: new Uint8Array(10) });
      expect(await taken.json()).toEqual({ bytes: 10 });
    }
  });

  it('drops the connection for HttpResponse.error(), as a failed network does', async () => {
    served = await serveHandlers((url) => [http.get(`${url}/down`, () => HttpResponse.error())]);
    const error = await fetch(`${served.url}/down`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('answers 404 naming the route when nothing matches, or what notFound says', async () => {
    served = await serveHandlers(() => []);
    const missing = await fetch(`${served.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'No mock route for GET /nope' });
    await served.close();
    served = await serveHandlers(() => [], { notFound: () => new Response('gone', { status: 410 }) });
    expect((await fetch(`${served.url}/nope`)).status).toBe(410);
  });

  it('lets `before` answer first, by request index', async () => {
    served = await serveHandlers((url) => [http.get(`${url}/ok`, () => HttpResponse.json({ ok: true }))], {
      before: (_request, index) => (index === 0 ? new Response('busy', { status: 503 }) : undefined),
    });
    expect((await fetch(`${served.url}/ok`)).status).toBe(503);
    expect(await (await fetch(`${served.url}/ok`)).json()).toEqual({ ok: true });
  });

  it('answers 500 naming the failure when the mock itself throws, instead of hanging', async () => {
    served = await serveHandlers(() => [], {
      before: () => {
        throw new Error('hook broke');
      },
    });
    const broken = await fetch(`${served.url}/anything`);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ detail: 'The mock failed: hook broke' });
  });

  it('streams each chunk as it is produced, and stops the producer when the client hangs up', async () => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    served = await serveHandlers((url) => [
      http.get(`${url}/events`, () => {
        let n = 0;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            timer = setInterval(() => controller.enqueue(new TextEncoder().encode(`data: ${n++}\n\n`)), 20);
          },
          cancel() {
            cancelled = true;
            clearInterval(timer);
          },
        });
        return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
      }),
    ]);
    const controller = new AbortController();
    const response = await fetch(`${served.url}/events`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^data: 0\n\n/);
    controller.abort();
    await expect.poll(() => cancelled, { timeout: 2000 }).toBe(true);
    clearInterval(timer);
  });
});
