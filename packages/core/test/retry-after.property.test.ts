// Retry-After, exactly as RFC 9110 §10.2.3 writes it: delay-seconds (digits) or an HTTP-date (IMF-fixdate).
// Anything else is no hint, and the retry falls back to normal backoff. Through the public client: the
// parsed hint is RateLimitError.retryAfter; the wait it causes is measured on vitest's fake clock.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, RateLimitError } from '../src/index';
import type { paths } from './support/paths';

const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
afterEach(() => vi.useRealTimers());

/** The hint a 429 with this Retry-After gives, as the error carries it (one attempt, no wait). */
async function hintOf(value: string): Promise<number | undefined> {
  const api = createApiClient<paths>({
    baseUrl: 'https://api.example.test',
    maxRetries: 0,
    retry: { maxRetryAfter: Number.MAX_SAFE_INTEGER },
    fetch: async () => new Response('{}', { status: 429, headers: { 'retry-after': value } }),
  });
  const error = await api.request('get', '/items').catch((e) => e);
  expect(error).toBeInstanceOf(RateLimitError);
  return error.retryAfter;
}

describe('Retry-After', () => {
  it('delay-seconds: any non-negative integer is that many seconds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 10_000_000 }), async (seconds) => {
        expect(await hintOf(String(seconds))).toBe(seconds * 1000);
      }),
    );
  });

  it('HTTP-date: any IMF-fixdate is the time until it, never negative', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -86_400, max: 86_400 * 365 }), async (offset) => {
        const header = new Date(NOW + offset * 1000).toUTCString();
        expect(await hintOf(header)).toBe(Math.max(0, offset * 1000));
      }),
    );
  });

  it('anything else is no hint', async () => {
    for (const garbage of [
      '-5',
      'abc 2020',
      '0x10',
      '1e3',
      '1.5',
      '+3',
      ' ',
      '5 s',
      'Sun, 06 Nov 1994',
      'tomorrow',
    ]) {
      expect(await hintOf(garbage), garbage).toBeUndefined();
    }
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[\x20-\x7e]{0,40}$/), async (text) => {
        fc.pre(!/^\s*\d+\s*$/.test(text) && !/^\s*\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\s*$/.test(text));
        expect(await hintOf(text)).toBeUndefined();
      }),
    );
  });

  it('garbage falls back to normal backoff: `0x10` is not a 16 s wait, `-5` not an immediate retry', async () => {
    vi.useFakeTimers();
    for (const garbage of ['0x10', '-5']) {
      const times: number[] = [];
      const api = createApiClient<paths>({
        baseUrl: 'https://api.example.test',
        maxRetries: 1,
        retry: { initialDelay: 1000, maxDelay: 1000 },
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        fetch: async () => {
          times.push(Date.now());
          return new Response('{}', { status: 429, headers: { 'retry-after': garbage } });
        },
      });
      const done = api.request('get', '/items').catch((e) => e);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(await done).toBeInstanceOf(RateLimitError);
      const wait = times[1]! - times[0]!;
      // Backoff is 1000 ms less up to 25 % jitter.
      expect(wait).toBeGreaterThanOrEqual(750);
      expect(wait).toBeLessThanOrEqual(1000);
    }
  });
});
