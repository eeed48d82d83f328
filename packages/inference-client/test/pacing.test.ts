// NeoSpace paces by headers: `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix seconds). When the
// remaining count, less the calls already in flight, is spent, the client's next calls wait for the reset
// rather than collecting 429s. Injected clock (fake timers) and a fake fetch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInferenceClient } from '../src/index';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pacing by X-RateLimit headers', () => {
  it('holds calls once the remaining budget is spent, until the reset', async () => {
    const sent: number[] = [];
    let remaining = 2;
    const fetch = (async () => {
      sent.push(Date.now() - T0);
      const left = Math.max(0, remaining--);
      return new Response('{"object":"list","data":[]}', {
        headers: {
          'content-type': 'application/json',
          'x-ratelimit-limit': '3',
          'x-ratelimit-remaining': String(left),
          'x-ratelimit-reset': String(T0 / 1000 + 5),
        },
      });
    }) as typeof globalThis.fetch;
    const neo = createInferenceClient({ apiKey: 'neo-key', logLevel: 'off', fetch });
    await neo.models.list(); // remaining 2
    await neo.models.list(); // remaining 1
    await neo.models.list(); // remaining 0: the window is spent
    const next = neo.models.list();
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    await next;
    expect(sent).toEqual([0, 0, 0, 5000]);
  });

  it('counts calls in flight against the remaining budget', async () => {
    const sent: number[] = [];
    const pending: Array<() => void> = [];
    const fetch = (() => {
      sent.push(Date.now() - T0);
      const response = new Response('{"object":"list","data":[]}', {
        headers: {
          'content-type': 'application/json',
          'x-ratelimit-remaining': String(Math.max(0, 2 - sent.length)),
          'x-ratelimit-reset': String(T0 / 1000 + 5),
        },
      });
      // The first answer comes at once and says 1 left; later ones are held until released.
      if (sent.length === 1) return Promise.resolve(response);
      return new Promise((resolve) => pending.push(() => resolve(response)));
    }) as typeof globalThis.fetch;
    const neo = createInferenceClient({ apiKey: 'neo-key', logLevel: 'off', fetch });
    await neo.models.list(); // remaining 1
    const calls = [neo.models.list(), neo.models.list(), neo.models.list()];
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2); // one left, one in flight: the other two wait
    for (const release of pending.splice(0)) release();
    await vi.advanceTimersByTimeAsync(5000);
    for (const release of pending.splice(0)) release();
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(calls);
    expect(sent.slice(2)).toEqual([5000, 5000]);
  });
});
