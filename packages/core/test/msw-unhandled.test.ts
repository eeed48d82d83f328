// failOnUnhandled: an unmatched request fails instead of reaching the network, under whichever msw major is
// installed (the workspace runs msw 2 on Node 20; tools/as-installed runs this file again under msw 3 on
// Node 22). The "network" is a real server on 127.0.0.1 that answers 200, so a request that slipped through
// would succeed and the test would fail.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { failOnUnhandled } from '../src/msw/index';

let network: Server;
let base = '';
let reached = 0;
const server = setupServer(http.get('https://api.example.test/known', () => HttpResponse.json({ ok: true })));

beforeAll(async () => {
  network = createServer((_req, res) => {
    reached += 1;
    res.end('from the network');
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
  server.listen(failOnUnhandled);
});
afterAll(async () => {
  server.close();
  await new Promise((resolve) => network.close(resolve));
});

it('answers a matched request from the handler', async () => {
  const res = await fetch('https://api.example.test/known');
  expect(await res.json()).toEqual({ ok: true });
});

it('fails an unmatched request, which never reaches the network', async () => {
  // msw prints the unmatched request with console.error; keep the test output readable.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await expect(fetch(`${base}/unmatched`)).rejects.toThrow();
    expect(reached).toBe(0);
  } finally {
    quiet.mockRestore();
  }
});

it('sets the option under both of its names', () => {
  expect(failOnUnhandled).toEqual({ onUnhandledRequest: 'error', onUnhandledFrame: 'error' });
  expect(Object.isFrozen(failOnUnhandled)).toBe(true);
});
