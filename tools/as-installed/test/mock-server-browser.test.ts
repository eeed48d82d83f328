// The published mock server in a real browser: `org-mock-server` (the bin `npx @org/mock-server` runs) from
// the installed tarball, and a page on another origin (another port of 127.0.0.1) that calls it with the
// LlamaCloud client in headless Chromium (examples/consumer-app/runtime/cross-origin.mjs). The browser
// enforces CORS: the calls work when the server allows the page's origin, and fail when it does not.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';
import { bundle, freePort, launchChromium, start } from '../src/processes.mjs';

const children: ChildProcess[] = [];
let page: Server | undefined;
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await new Promise((resolve) => (page ? page.close(resolve) : resolve(undefined)));
  page = undefined;
});

/** Serves the page and its bundle on a port of its own: an origin other than the mock server's. */
async function servePage(script: string): Promise<string> {
  const port = await freePort();
  page = createServer((req, res) => {
    if (req.url?.startsWith('/app.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(script);
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>cross-origin</title><script type="module" src="/app.js"></script>');
  });
  await new Promise<void>((resolve) => page?.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}`;
}

/** Starts `org-mock-server llamacloud` from the installed package; resolves with its URL. */
async function mockServer(appDir: string, corsOrigin: string): Promise<string> {
  const port = await freePort();
  const bin = 'node_modules/@org/mock-server/bin/org-mock-server.js';
  const line = await start(
    process.execPath,
    [bin, 'llamacloud', '--port', String(port), '--cors-origin', corsOrigin],
    appDir,
    children,
  );
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
  if (!url) throw new Error(`org-mock-server printed: ${line}`);
  return url;
}

async function runPage(pageOrigin: string, mockUrl: string): Promise<unknown> {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${pageOrigin}/?mock=${encodeURIComponent(mockUrl)}`);
    await tab.waitForFunction(() => 'crossOriginResult' in globalThis);
    return await tab.evaluate(
      () => (globalThis as unknown as { crossOriginResult: unknown }).crossOriginResult,
    );
  } finally {
    await browser.close();
  }
}

describe.skipIf(!enabled)('mock server in Chromium, across origins', () => {
  it('serves a page on another origin that the server allows, 429 and Retry-After included', async () => {
    const appDir = inject('appDir');
    const script = readFileSync(await bundle(appDir, 'cross-origin', 'browser'), 'utf8');
    const origin = await servePage(script);
    const mockUrl = await mockServer(appDir, origin);
    expect(new URL(mockUrl).origin).not.toBe(origin);
    expect(await runPage(origin, mockUrl)).toEqual({ created: 'docs', limited: 'RateLimitError 429 2000' });
  });

  it('is refused by the browser when the server does not allow the origin', async () => {
    const appDir = inject('appDir');
    const script = readFileSync(await bundle(appDir, 'cross-origin', 'browser'), 'utf8');
    const origin = await servePage(script);
    const mockUrl = await mockServer(appDir, 'http://localhost:5173');
    expect(await runPage(origin, mockUrl)).toEqual({ failed: expect.stringMatching(/^ConnectionError: /) });
  });
});
