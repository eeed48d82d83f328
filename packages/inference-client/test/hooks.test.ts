// Lifecycle hooks through the NeoSpace client: a 429 whose wait is in the body is reported as a retry
// with that delay; streams and lists are named for their operation.
import { describe, expect, it } from 'vitest';
import type { Hooks, RetryEvent } from '../src/index';
import { client, mock, server, useMockServer } from './setup';

useMockServer();

describe('hooks', () => {
  it('report the retry of a 429 with the delay the body asked for, then the response', async () => {
    server.use(mock.scenarios.rateLimited('GET /v1/actions', { retryAfterSeconds: 0.05, times: 1 }));
    const retries: RetryEvent[] = [];
    const statuses: number[] = [];
    const hooks: Hooks = {
      onRetry: (e) => retries.push(e),
      onResponse: (e) => statuses.push(e.status),
    };
    await client({ hooks }).actions.list({ limit: 5 });
    expect(statuses).toEqual([429, 200]);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ operation: 'actions.list', reason: 'status 429', attempt: 1 });
    expect(retries[0]!.delay).toBeGreaterThanOrEqual(50);
    expect(retries[0]!.url).toBe('https://api.neospace.ai/v1/actions?limit=5');
  });

  it('never put the API key in an event', async () => {
    const seen: unknown[] = [];
    const hooks: Hooks = { onRequest: (e) => seen.push(e), onResponse: (e) => seen.push(e) };
    await client({ hooks }).models.list();
    expect(seen.length).toBe(2);
    expect(JSON.stringify(seen)).not.toContain('neo-test-key');
  });
});
