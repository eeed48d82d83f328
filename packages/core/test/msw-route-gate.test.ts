// The gate checks only requests the spec serves: routing (404 for an unknown path, 405 for an unserved
// method) comes before auth, as servers do it.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouteGate, failOnUnhandled } from '../src/msw/index';

const baseUrl = 'https://gate.example.test/root/';
const routes = [
  { method: 'get', path: '/v1/items/{id}' },
  { method: 'post', path: '/v1/items' },
] as const;
const gate = createRouteGate(baseUrl, routes, ({ request, url }) =>
  request.headers.has('authorization') ? undefined : HttpResponse.json({ at: url.pathname }, { status: 401 }),
);
// What the engine would do after the gate: answer routes, and everything else.
const after = http.all('https://gate.example.test/*', () => HttpResponse.json({ passed: true }));
const server = setupServer(...gate, after);
beforeAll(() => server.listen(failOnUnhandled));
afterAll(() => server.close());

describe('createRouteGate', () => {
  it('checks a served method on a known path, under the base URL path', async () => {
    const refused = await fetch('https://gate.example.test/root/v1/items/it_1');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ at: '/root/v1/items/it_1' });
    const ok = await fetch('https://gate.example.test/root/v1/items/it_1', {
      headers: { authorization: 'x' },
    });
    expect(await ok.json()).toEqual({ passed: true });
    expect((await fetch('https://gate.example.test/root/v1/items', { method: 'POST' })).status).toBe(401);
  });

  it('passes on an unserved method, an unknown path and a path outside the base URL without checking', async () => {
    for (const [url, method] of [
      ['https://gate.example.test/root/v1/items/it_1', 'DELETE'],
      ['https://gate.example.test/root/v1/items/it_1/extra', 'GET'],
      ['https://gate.example.test/root/v1/other', 'GET'],
      ['https://gate.example.test/v1/items/it_1', 'GET'],
    ] as const) {
      const answer = await fetch(url, { method });
      expect([url, method, answer.status]).toEqual([url, method, 200]);
    }
  });
});
