// The admin route over real HTTP on 127.0.0.1: reset, seed and the msw mocks' scenarios, driven with plain
// HTTP as a user outside a JS test would (curl, Python, a browser app), and seen by the real clients.
import { collectSearchStream, createDeepsetClient } from '@org/deepset-client';
import { createLlamaCloudClient, InternalServerError, RateLimitError } from '@org/llamacloud-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';

const admin = (server: MockServer, path: string, body?: unknown, method = body ? 'POST' : 'GET') =>
  fetch(`${server.url}/__admin${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });

describe('admin route (llamacloud)', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer('llamacloud');
  });
  afterEach(() => admin(server, '/reset', {}));
  afterAll(() => server.close());
  const llama = () =>
    createLlamaCloudClient({ apiKey: 'test', baseUrl: server.url, logLevel: 'off', maxRetries: 0 });

  it('lists its routes, the seeds and the scenarios the mock has', async () => {
    const res = await admin(server, '');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.vendor).toBe('llamacloud');
    expect(body.seeds).toContain('indexedPipeline');
    expect(body.scenarios).toEqual(
      expect.arrayContaining(['rateLimited', 'serverError', 'slow', 'cutStream']),
    );
    expect(body.faults).toBeNull();
  });

  it('seeds state through the mock seed helpers, and reset empties it', async () => {
    const seeded = await admin(server, '/seed', {
      kind: 'indexedPipeline',
      args: ['docs', [{ name: 'tea.txt', text: 'Tea is brewed at 80 degrees.' }]],
    });
    expect(seeded.status).toBe(201);
    const pipeline = await seeded.json();
    const { retrieval_nodes } = await llama().pipelines.retrieve(pipeline.id, { query: 'tea' });
    expect(retrieval_nodes[0]?.node.text).toBe('Tea is brewed at 80 degrees.');
    expect((await admin(server, '/reset', {})).status).toBe(200);
    await expect(llama().pipelines.get(pipeline.id)).rejects.toMatchObject({ status: 404 });
  });

  it('answers 429 with Retry-After, then lets requests through', async () => {
    const res = await admin(server, '/scenarios', {
      scenario: 'rateLimited',
      args: ['POST /api/v1/pipelines', { retryAfterSeconds: 7, times: 1 }],
    });
    expect(res.status).toBe(201);
    const error = await llama()
      .pipelines.create({ name: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(7000);
    await expect(llama().pipelines.create({ name: 'a' })).resolves.toHaveProperty('id');
  });

  it('answers a 5xx in the vendor error shape', async () => {
    await admin(server, '/scenarios', {
      scenario: 'serverError',
      args: ['GET /api/v1/projects', { status: 502 }],
    });
    const raw = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect(raw.status).toBe(502);
    expect(await raw.json()).toEqual({ detail: 'Internal server error' });
    await admin(server, '/scenarios', {
      scenario: 'serverError',
      args: ['GET /api/v1/projects', { status: 503 }],
    });
    await expect(llama().projects.list()).rejects.toBeInstanceOf(InternalServerError);
  });

  it('delays an answer', async () => {
    await admin(server, '/scenarios', { scenario: 'slow', args: ['GET /api/v1/projects', { delayMs: 300 }] });
    const started = performance.now();
    const res = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('drops scenarios with DELETE, and reset drops them too', async () => {
    await admin(server, '/scenarios', {
      scenario: 'serverError',
      args: ['GET /api/v1/projects', { times: 5 }],
    });
    expect((await admin(server, '/scenarios', undefined, 'DELETE')).status).toBe(200);
    const res = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
  });

  it('names what is wrong with a bad admin call', async () => {
    const unknown = await admin(server, '/scenarios', { scenario: 'meteor', args: [] });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).detail).toMatch(/^No scenario 'meteor'; the mock has: rateLimited, /);
    const notJson = await fetch(`${server.url}/__admin/seed`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).detail).toBe('The body must be JSON: {"kind": "...", "args": [...]}');
    const throws = await admin(server, '/scenarios', { scenario: 'rateLimited', args: ['nonsense'] });
    expect(throws.status).toBe(400);
    expect((await throws.json()).detail).toMatch(/^scenario 'rateLimited' failed: .*route must look like/);
    const route = await admin(server, '/nothing');
    expect(route.status).toBe(404);
    expect((await route.json()).detail).toMatch(/^No admin route GET \/__admin\/nothing; there are: /);
  });
});

describe('admin route (deepset)', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer('deepset');
  });
  afterAll(() => server.close());
  const deepset = () =>
    createDeepsetClient({
      apiKey: 'test',
      workspace: 'default',
      baseUrl: server.url,
      logLevel: 'off',
      maxRetries: 0,
    });

  it('answers 591 while a pipeline wakes from standby', async () => {
    await admin(server, '/seed', { kind: 'pipeline', args: ['support'] });
    await admin(server, '/scenarios', { scenario: 'standby', args: ['support', { times: 1 }] });
    await expect(deepset().pipelines.search('support', { queries: ['x'] })).rejects.toMatchObject({
      status: 591,
    });
    await expect(deepset().pipelines.search('support', { queries: ['x'] })).resolves.toHaveProperty(
      'results',
    );
  });

  it('cuts a stream mid-event', async () => {
    await admin(server, '/reset', {});
    await admin(server, '/seed', { kind: 'pipeline', args: ['support'] });
    await admin(server, '/scenarios', {
      scenario: 'cutStream',
      args: [
        'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream',
        [
          { data: { type: 'delta', delta: { text: 'Refunds ' } } },
          { data: { type: 'delta', delta: { text: 'take' } } },
        ],
        { afterEvents: 1, mode: 'error' },
      ],
    });
    const error = await collectSearchStream(
      deepset().pipelines.searchStream('support', { query: 'refunds' }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
  });
});
