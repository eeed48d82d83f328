// Over real HTTP on 127.0.0.1: an idle workspace's slow first answer (shortened: 1.5 s against a 4 s
// attempt, as 10-20 s against the default 60 s), refusals while it wakes (503, connection refused,
// timeouts) ridden out by retries, OVERLOADED with Retry-After, and a streamed upload through the mock.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { createHotdataClient, type HotdataClientOptions, TimeoutError } from '../src/index';
import { createHotdataMock } from '../src/msw/index';
import type { BeforeHandlers as Before, ServedHandlers as Served } from '@org/sdk-core/msw-node';

// Each test's server is closed after it.
const serveHandlers = useServed();
let served: Served | undefined;

const shortRetry = { retry: { initialDelay: 50, maxDelay: 200 } };
async function start(before?: Before, options: Parameters<typeof createHotdataMock>[0] = {}) {
  let mock: ReturnType<typeof createHotdataMock> | undefined;
  served = await serveHandlers(
    (baseUrl) => {
      mock = createHotdataMock({ slowQueries: true, ...options, baseUrl });
      return mock.handlers;
    },
    { before },
  );
  const client = (overrides: HotdataClientOptions = {}) =>
    createHotdataClient({
      apiKey: 'k',
      workspaceId: 'ws_mock',
      baseUrl: served?.url,
      logLevel: 'off',
      ...overrides,
    });
  return { mock: mock as ReturnType<typeof createHotdataMock>, client };
}

describe('an idle workspace waking up', () => {
  it('a slow first answer succeeds within one attempt, with no retry', async () => {
    const seen: number[] = [];
    const { client } = await start(async (_request, index) => {
      seen.push(index);
      if (index === 0) await sleep(1500);
      return undefined;
    });
    const started = performance.now();
    const result = await client({ timeout: 4000 }).runQuery('select 1 as one', {
      pollInterval: { min: 10, max: 10 },
    });
    expect(result.rows).toEqual([[1]]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1450);
    expect(seen).toEqual([0, 1, 2, 3]); // submit, two polls, the result: the submit was sent once
  });

  it('an attempt cut by its timeout while the worker wakes is retried (GET), and succeeds once it is awake', async () => {
    let awakeAt = 0;
    const { client } = await start(async () => {
      if (!awakeAt) awakeAt = Date.now() + 800;
      const left = awakeAt - Date.now();
      if (left > 0) await sleep(left + 2000); // a stalled answer while waking
      return undefined;
    });
    const hotdata = client({ timeout: 300, maxRetries: 5, ...shortRetry });
    await expect(hotdata.connections.list()).resolves.toEqual({ connections: [] });
    await expect(client({ timeout: 300, maxRetries: 0 }).connections.list()).resolves.toEqual({
      connections: [],
    });
    awakeAt = Date.now() + 10_000;
    await expect(client({ timeout: 300, maxRetries: 0 }).connections.list()).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  it('503s answered while waking are retried, even for POST /v1/query', async () => {
    const statuses: number[] = [];
    const { client } = await start((request, index) => {
      if (index < 3 && request.method === 'POST') {
        statuses.push(503);
        return Response.json(
          { error: { code: 'SERVICE_UNAVAILABLE', message: 'workspace is starting' } },
          { status: 503 },
        );
      }
      statuses.push(200);
      return undefined;
    });
    const { rows } = await client(shortRetry).runQuery('select 2 as two', {
      pollInterval: { min: 10, max: 10 },
    });
    expect(rows).toEqual([[2]]);
    expect(statuses.slice(0, 4)).toEqual([503, 503, 503, 200]);
  });

  it('refused connections are retried until the server listens', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const hotdata = createHotdataClient({
      apiKey: 'k',
      workspaceId: 'ws_mock',
      baseUrl: `http://127.0.0.1:${port}`,
      logLevel: 'off',
      retry: { initialDelay: 100, maxDelay: 400 },
    });
    const call = hotdata.query.execute({ sql: 'select 3 as three' });
    await sleep(250);
    served = await serveHandlers((baseUrl) => createHotdataMock({ baseUrl }).handlers, { port });
    await expect(call).resolves.toMatchObject({ rows: [[3]] });
  });
});

describe('OVERLOADED over HTTP', () => {
  it('waits as Retry-After says, then succeeds', async () => {
    let overloaded = 1;
    const { client } = await start(() => {
      if (overloaded-- > 0) {
        return Response.json(
          { error: { code: 'OVERLOADED', message: 'Server is overloaded, retry later' } },
          { status: 429, headers: { 'retry-after': '1' } },
        );
      }
      return undefined;
    });
    const started = performance.now();
    await expect(client().secrets.list()).resolves.toEqual({ secrets: [] });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });
});

describe('uploads over HTTP', () => {
  it('streams a Node Readable through the mock and makes a dataset of it', async () => {
    const { client, mock } = await start();
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},name-${i}\n`);
    const dataset = await client().createDatasetFromFile(Readable.from(['id,name\n', ...rows]), {
      label: 'people',
      contentType: 'text/csv',
    });
    expect(dataset.columns.map((c) => [c.name, c.data_type])).toEqual([
      ['id', 'Int64'],
      ['name', 'Utf8'],
    ]);
    const [upload] = mock.store.uploads.all();
    expect(upload).toMatchObject({ status: 'consumed', content_type: 'text/csv' });
    expect(upload?.size_bytes).toBe('id,name\n'.length + rows.join('').length);
    const { rows: counted } = await client().runQuery('select count(*) from datasets.main.people', {
      pollInterval: { min: 10, max: 10 },
    });
    expect(counted).toEqual([[2000]]);
  });
});
