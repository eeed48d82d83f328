// One rate limit, one client: after a 429 with Retry-After, the client's other calls to the host wait for
// the same moment instead of sending into the limit; `pacing: false` lets each call meet it alone.
// Injected clock (fake timers) and a fake fetch: no real waits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHotdataClient } from '../src/index';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A fetch whose first answer is a 429 asking for 2 s; every later one is a 200. Records send times. */
function limitedOnce() {
  const sent: number[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    sent.push(Date.now());
    const headers = { 'content-type': 'application/json' };
    if (sent.length === 1)
      return new Response('{"error":{"message":"slow down"}}', {
        status: 429,
        headers: { ...headers, 'retry-after': '2' },
      });
    return new Response(JSON.stringify({ connections: [], url: String(input) }), { headers });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

const options = { apiKey: 'k_test', workspaceId: 'ws_1', logLevel: 'off' } as const;

describe('pacing', () => {
  it("holds the client's other calls to the host until the moment a 429 named", async () => {
    const { sent, fetch } = limitedOnce();
    const hotdata = createHotdataClient({ ...options, fetch });
    const start = Date.now();
    const first = hotdata.connections.list();
    await vi.advanceTimersByTimeAsync(0); // the 429 arrives
    expect(sent).toHaveLength(1);
    const others = [hotdata.connections.list(), hotdata.datasets.get('ds_1')];
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1); // nobody sends into the limit
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.length).toBeGreaterThanOrEqual(3); // the others go at the named moment
    expect(sent[1]! - start).toBe(2000);
    await vi.advanceTimersByTimeAsync(300); // the refused call's own retry, with its jitter
    await expect(Promise.all([first, ...others])).resolves.toHaveLength(3);
    expect(sent).toHaveLength(4);
  });

  it('with `pacing: false` each call meets the limit on its own', async () => {
    const { sent, fetch } = limitedOnce();
    const hotdata = createHotdataClient({ ...options, fetch, pacing: false });
    const first = hotdata.connections.list();
    await vi.advanceTimersByTimeAsync(0);
    const other = hotdata.connections.list();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2); // sent at once, not held
    await vi.advanceTimersByTimeAsync(2300);
    await expect(Promise.all([first, other])).resolves.toHaveLength(2);
  });

  it('a wait longer than maxRetryAfter is not imposed on the other calls', async () => {
    const sent: number[] = [];
    const fetch = (async () => {
      sent.push(Date.now());
      return sent.length === 1
        ? new Response('{}', { status: 429, headers: { 'retry-after': '3600' } })
        : new Response('{"connections":[]}', { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const hotdata = createHotdataClient({ ...options, fetch });
    await expect(hotdata.connections.list()).rejects.toMatchObject({ status: 429, retryAfter: 3_600_000 });
    await expect(hotdata.connections.list()).resolves.toEqual({ connections: [] });
  });
});
