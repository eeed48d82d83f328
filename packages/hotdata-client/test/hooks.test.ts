// Lifecycle hooks through the client's public API: each attempt's request, its response, the retry in
// between and the error a failed call rejects with; a hook that throws leaves the call alone.
import { describe, expect, it, vi } from 'vitest';
import { type Hooks, NotFoundError } from '../src/index';
import { useMock } from './use-mock';

const { mock, server, client } = useMock();

function recorder() {
  const events: Array<[string, Record<string, unknown>]> = [];
  const hooks: Hooks = {
    onRequest: (e) => events.push(['request', { ...e }]),
    onResponse: (e) => events.push(['response', { ...e }]),
    onRetry: (e) => events.push(['retry', { ...e }]),
    onError: (e) => events.push(['error', { ...e }]),
  };
  return { events, hooks };
}

describe('hooks', () => {
  it('reports request, response and retry, named for the operation, with the timings', async () => {
    server.use(mock.scenarios.rateLimited('GET /v1/connections', { retryAfterSeconds: 0.01, times: 1 }));
    const { events, hooks } = recorder();
    await client({ hooks }).connections.list();
    expect(events.map(([name, e]) => [name, e.operation, e.attempt])).toEqual([
      ['request', 'connections.list', 1],
      ['response', 'connections.list', 1],
      ['retry', 'connections.list', 1],
      ['request', 'connections.list', 2],
      ['response', 'connections.list', 2],
    ]);
    const [, first] = events[1]!;
    expect(first).toMatchObject({
      method: 'GET',
      url: 'https://api.hotdata.dev/v1/connections',
      status: 429,
    });
    expect(events[2]![1]).toMatchObject({ reason: 'status 429' });
    expect(events[2]![1].delay).toBeGreaterThanOrEqual(10);
    const last = events[4]![1] as { status: number; timeToHeaders: number; totalTime: number };
    expect(last.status).toBe(200);
    expect(last.timeToHeaders).toBeGreaterThanOrEqual(0);
    // The total spans both attempts and the wait between them.
    expect(last.totalTime).toBeGreaterThanOrEqual(10);
    expect(last.totalTime).toBeGreaterThanOrEqual(last.timeToHeaders);
  });

  it('names every page of a list for its operation, and reports the typed error of a failed call', async () => {
    const { events, hooks } = recorder();
    await client({ hooks }).queryRuns.list().toArray();
    expect(new Set(events.map(([, e]) => e.operation))).toEqual(new Set(['queryRuns.list']));
    events.length = 0;
    const error = await client({ hooks })
      .datasets.get('ds_missing')
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const [name, event] = events.at(-1)!;
    expect(name).toBe('error');
    expect(event).toMatchObject({ operation: 'datasets.get', method: 'GET', error });
  });

  it("ends each call (onEnd) before the code awaiting it resumes, and a wait's calls before the wait returns", async () => {
    const order: string[] = [];
    const hooks: Hooks = {
      onEnd: (e) => order.push(`end ${e.operation}`),
      aroundFlow: (e, run) => {
        const result = run();
        void (result as Promise<unknown>).then(() => order.push(`flow ${e.operation} settled`));
        return result;
      },
    };
    const hotdata = client({ hooks });
    await hotdata.connections.list();
    order.push('resumed');
    mock.queries.register('select 1', { columns: ['x'], rows: [[1]] }, { polls: 1 });
    await hotdata.runQuery('select 1', { pollInterval: { min: 5, max: 5 } });
    order.push('wait returned');
    expect(order).toEqual([
      'end connections.list',
      'resumed',
      'end query.execute',
      'end queryRuns.get',
      'end queryRuns.get',
      'end results.get',
      'flow runQuery settled',
      'wait returned',
    ]);
  });

  it('scrubs credentials from the URL it reports', async () => {
    const { events, hooks } = recorder();
    await client({ hooks, maxRetries: 0, baseUrl: 'https://user:pw@api.hotdata.dev' })
      .connections.list()
      .catch(() => {});
    expect(events.length).toBeGreaterThan(0);
    for (const [, e] of events) expect(String(e.url)).not.toContain('pw');
  });

  it('a hook that throws or rejects is logged and the call goes on', async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const hooks: Hooks = {
      onRequest: () => {
        throw new Error('metrics down');
      },
      onResponse: (async () => {
        throw new Error('audit down');
      }) as unknown as Hooks['onResponse'],
    };
    await expect(client({ hooks, logger, logLevel: 'warn' }).connections.list()).resolves.toBeDefined();
    await new Promise((r) => setTimeout(r, 0));
    const lines = logger.warn.mock.calls.map(([line]) => String(line));
    expect(lines.some((l) => l.includes('onRequest hook failed') && l.includes('metrics down'))).toBe(true);
    expect(lines.some((l) => l.includes('onResponse hook failed') && l.includes('audit down'))).toBe(true);
  });
});
