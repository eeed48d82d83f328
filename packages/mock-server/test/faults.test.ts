// --faults over real HTTP on 127.0.0.1: a seeded share of requests gets a 429 with Retry-After, a 5xx in the
// vendor's error shape, or an answer cut off mid-body; the same seed gives the same faults.
import { createLlamaCloudClient } from '@org/llamacloud-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';
import { createFaults } from '../src/faults';
import { parseArgs } from '../src/parse-args';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What 40 GETs see: a status, or 'cut' when the body broke off. */
async function outcomes(url: string): Promise<(number | 'cut')[]> {
  const seen: (number | 'cut')[] = [];
  for (let i = 0; i < 40; i++) {
    const res = await fetch(`${url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    seen.push(
      await res.text().then(
        () => res.status,
        () => 'cut' as const,
      ),
    );
  }
  return seen;
}

describe('--faults', () => {
  it('injects 429s, 5xxs and cut answers at the chosen rate, the same for the same seed', async () => {
    server = await startMockServer('llamacloud', { faults: { rate: 0.5, seed: 7 } });
    const first = await outcomes(server.url);
    await fetch(`${server.url}/__admin/reset`, { method: 'POST' }); // restarts the sequence from its seed
    expect(await outcomes(server.url)).toEqual(first);
    const count = (what: (o: number | 'cut') => boolean) => first.filter(what).length;
    expect(count((o) => o === 429)).toBeGreaterThan(0);
    expect(count((o) => typeof o === 'number' && o >= 500)).toBeGreaterThan(0);
    expect(count((o) => o === 'cut')).toBeGreaterThan(0);
    expect(count((o) => o === 200)).toBe(
      40 - server.faults!.injected['429'] - server.faults!.injected['5xx'] - server.faults!.injected.cut,
    );
    const other = await startMockServer('llamacloud', { faults: { rate: 0.5, seed: 8 } });
    try {
      expect(await outcomes(other.url)).not.toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('answers an injected 429 with Retry-After and a 5xx in the vendor error shape', async () => {
    server = await startMockServer('llamacloud', { faults: { rate: 1, kinds: ['429'] } });
    const limited = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({ detail: 'Too many requests' });
    await server.close();
    server = await startMockServer('llamacloud', { faults: { rate: 1, kinds: ['5xx'] } });
    const failed = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect([500, 502, 503]).toContain(failed.status);
    expect(await failed.json()).toEqual({ detail: 'Internal server error' });
  });

  it('leaves the admin route alone, and rate 0 injects nothing', async () => {
    server = await startMockServer('llamacloud', { faults: { rate: 1 } });
    const info = await fetch(`${server.url}/__admin`);
    expect(info.status).toBe(200);
    expect((await info.json()).faults).toMatchObject({ rate: 1, seed: 1, kinds: ['429', '5xx', 'cut'] });
    const none = createFaults({ rate: 0 });
    expect(Array.from({ length: 100 }, () => none.next()).filter(Boolean)).toEqual([]);
  });

  it('lets a client that retries ride out the faults', async () => {
    server = await startMockServer('llamacloud', { faults: { rate: 0.3, seed: 3, kinds: ['429', '5xx'] } });
    // Four calls, each retried past the faults it meets.
    const llama = createLlamaCloudClient({
      apiKey: 'test',
      baseUrl: server.url,
      logLevel: 'off',
      maxRetries: 6,
    });
    for (let i = 0; i < 4; i++) await expect(llama.projects.list()).resolves.toBeInstanceOf(Array);
    expect(server.faults!.injected['429'] + server.faults!.injected['5xx']).toBeGreaterThan(0);
  });

  it('reads --faults, --faults-seed and --faults-kinds, and names a wrong one', () => {
    expect(
      parseArgs(['hotdata', '--faults', '0.2', '--faults-seed', '7', '--faults-kinds', '429,cut']),
    ).toMatchObject({
      faults: { rate: 0.2, seed: 7, kinds: ['429', 'cut'] },
    });
    expect(parseArgs(['hotdata', '--faults', '2'])).toBe(
      "--faults takes the share of requests to fail, 0 to 1 (e.g. 0.2), got '2'",
    );
    expect(parseArgs(['hotdata', '--faults', '0.1', '--faults-kinds', '429,404'])).toBe(
      "--faults-kinds takes a list of 429, 5xx, cut, got '429,404'",
    );
    expect(parseArgs(['hotdata', '--faults-seed', '3'])).toBe(
      '--faults-seed and --faults-kinds go with --faults <rate>',
    );
    expect(() => createFaults({ rate: -1 })).toThrow('faults.rate must be between 0 and 1, got -1.');
  });
});
