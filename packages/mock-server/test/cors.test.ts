// CORS over real HTTP on 127.0.0.1: a browser app on another origin sends a preflight before its request
// with an Authorization header; the server answers it (the mock behind would refuse it as unauthenticated)
// and marks its answers readable by that origin, headers included.
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';
import { parseArgs } from '../src/parse-args';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const app = 'http://localhost:5173';
const preflight = (url: string, origin = app) =>
  fetch(`${url}/api/v1/projects`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization, x-request-id',
    },
  });

describe('CORS', () => {
  it('answers a preflight from any origin by default, with the headers the client asked for', async () => {
    server = await startMockServer('llamacloud');
    const res = await preflight(server.url);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(app);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, PATCH, DELETE');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, x-request-id');
  });

  it('marks the answer for the origin and exposes its headers (Retry-After) to the page', async () => {
    server = await startMockServer('llamacloud');
    await fetch(`${server.url}/__admin/scenarios`, {
      method: 'POST',
      body: JSON.stringify({
        scenario: 'rateLimited',
        args: ['GET /api/v1/projects', { retryAfterSeconds: 3 }],
      }),
    });
    const res = await fetch(`${server.url}/api/v1/projects`, {
      headers: { origin: app, authorization: 'Bearer t' },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('access-control-allow-origin')).toBe(app);
    expect(res.headers.get('access-control-expose-headers')?.split(', ')).toContain('retry-after');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('sends no CORS headers to a request without an Origin (curl, a server)', async () => {
    server = await startMockServer('llamacloud');
    const res = await fetch(`${server.url}/api/v1/projects`, { headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('allows only the configured origins', async () => {
    server = await startMockServer('llamacloud', { cors: { origins: [app] } });
    expect((await preflight(server.url)).status).toBe(204);
    const refused = await preflight(server.url, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.has('access-control-allow-origin')).toBe(false);
    expect(await refused.json()).toEqual({
      detail: 'Origin https://evil.example is not allowed by the mock server (--cors-origin)',
    });
    const answer = await fetch(`${server.url}/api/v1/projects`, {
      headers: { origin: 'https://evil.example', authorization: 'Bearer t' },
    });
    expect(answer.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('reads --cors-origin (repeatable) and refuses one that is not an origin', () => {
    expect(
      parseArgs(['hotdata', '--cors-origin', app, '--cors-origin', 'https://app.example']),
    ).toMatchObject({
      cors: { origins: [app, 'https://app.example'] },
    });
    expect(parseArgs(['hotdata'])).not.toHaveProperty('cors');
    expect(parseArgs(['hotdata', '--cors-origin', 'localhost:5173/app'])).toBe(
      "--cors-origin takes an origin such as http://localhost:5173 (no path), got 'localhost:5173/app'",
    );
  });
});
