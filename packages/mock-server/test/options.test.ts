// Mock options from the command line and through startMockServer: Hotdata's query timing as the example.
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';
import { parseArgs } from '../src/parse-args';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const query = (url: string, sql: string) =>
  fetch(`${url}/v1/query`, {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'x-workspace-id': 'ws_mock', 'content-type': 'application/json' },
    body: JSON.stringify({ sql, async: true, async_after_ms: 1000 }),
  });

describe('mock options', () => {
  it('reads --port and repeatable --set name=value, values as JSON when they parse', () => {
    expect(
      parseArgs(['hotdata', '--set', 'slowQueries=true', '--set', 'queryPolls=3', '--port', '0']),
    ).toEqual({
      vendor: 'hotdata',
      port: 0,
      mock: { slowQueries: true, queryPolls: 3 },
    });
    expect(parseArgs(['llamacloud', '--set', 'baseName=plain'])).toMatchObject({
      mock: { baseName: 'plain' },
    });
    expect(parseArgs(['hotdata', '--set', 'oops'])).toMatch(/--set takes name=value/);
    expect(parseArgs(['hotdata', '--verbose'])).toBe('unknown flag --verbose');
    expect(parseArgs([])).toBe('no vendor named');
    expect(parseArgs(['hotdata', '--port', '70000'])).toMatch(/--port takes 0-65535/);
  });

  it('answers a fast Hotdata query within async_after_ms with 200 by default', async () => {
    server = await startMockServer('hotdata');
    const res = await query(server.url, 'select 1');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ rows: [[1]] });
  });

  it('makes every Hotdata query slow with { slowQueries: true }, polled queryPolls times', async () => {
    server = await startMockServer('hotdata', { mock: { slowQueries: true, queryPolls: 2 } });
    const res = await query(server.url, 'select 1');
    expect(res.status).toBe(202);
    const { status_url } = (await res.json()) as { status_url: string };
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const run = await fetch(`${server.url}${status_url}`, {
        headers: { authorization: 'Bearer t', 'x-workspace-id': 'ws_mock' },
      });
      statuses.push(((await run.json()) as { status: string }).status);
    }
    expect(statuses).toEqual(['running', 'running', 'succeeded']);
  });
});
