// Issue 13 through Hotdata's public API, with a scripted fetch: path parameters that would leave their
// segment are refused, flows that need a body say which call answered without one, the one deadline of
// runQuery cuts the poll in flight, and the server's echo of the key is scrubbed from a QueryFailedError.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHotdataClient,
  PollTimeoutError,
  QueryFailedError,
  ResponseValidationError,
  UsageError,
} from '../src/index';

const KEY = 'hd_key_S3CRET_4242';
type Script = (url: URL, init: RequestInit) => Response | Promise<Response>;
function scripted(script: Script) {
  const seen: string[] = [];
  const hotdata = createHotdataClient({
    apiKey: KEY,
    workspaceId: 'ws_1',
    baseUrl: 'https://api.example.test',
    maxRetries: 0,
    fetch: async (input, init = {}) => {
      const url = new URL(String(input));
      seen.push(`${init.method} ${url.pathname}`);
      return script(url, init);
    },
  });
  return { hotdata, seen };
}
afterEach(() => vi.useRealTimers());

describe('path parameters', () => {
  it("refuse `..` and `.` before anything is sent: purgeTableCache('c1', '..', '.') does not purge the connection", async () => {
    const { hotdata, seen } = scripted(() => new Response(null, { status: 204 }));
    const error = await hotdata.connections.purgeTableCache('c1', '..', '.').catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/path parameter `schema` of .* cannot be "\.\."/);
    expect(seen).toEqual([]);
  });
});

describe('flows on an empty success answer', () => {
  it('runQuery names the submission and its status', async () => {
    const { hotdata } = scripted(() => new Response(null, { status: 204 }));
    const error = await hotdata.runQuery('select 1').catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/POST \/v1\/query .*the 204 answer has no body/);
  });

  it('waitForJob names the job poll and its status', async () => {
    const { hotdata } = scripted(() => new Response('', { status: 200 }));
    const error = await hotdata.waitForJob('job_1').catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/GET \/v1\/jobs\/\{id\} .*the 200 answer has no body/);
  });
});

describe('runQuery', () => {
  it('ends at its timeout even when a poll hangs, as a PollTimeoutError with the last run', async () => {
    vi.useFakeTimers();
    const { hotdata, seen } = scripted((url, init) => {
      if (url.pathname === '/v1/query') return Response.json({ query_run_id: 'qr_1', status: 'running' });
      if (seen.length === 2) return Response.json({ id: 'qr_1', status: 'running' });
      // The second poll never answers; only the deadline's abort ends it.
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    });
    const started = Date.now();
    const run = hotdata.runQuery('select slowly', { timeout: 1500, asyncAfterMs: null }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(1500);
    const error = await run;
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(error.message).toBe('Timed out after 1500 ms waiting for query run qr_1 (1 polls)');
    expect(error.lastState).toMatchObject({ id: 'qr_1', status: 'running' });
    expect(Date.now() - started).toBe(1500);
  });

  it("scrubs the key from a QueryFailedError when the server's message echoes it", async () => {
    const { hotdata } = scripted((url) =>
      url.pathname === '/v1/query'
        ? Response.json({ query_run_id: 'qr_2', status: 'running' })
        : Response.json({ id: 'qr_2', status: 'failed', error_message: `token ${KEY} may not read this` }),
    );
    const error = await hotdata.runQuery('select 1', { asyncAfterMs: null }).catch((e) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(error.serverMessage).toBe('token *** may not read this');
    for (const text of [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(KEY);
    }
  });
});
