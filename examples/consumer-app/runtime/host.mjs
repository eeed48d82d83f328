// The mock server the runtime matrix talks to, run by Node: the inference mock over real HTTP on
// 127.0.0.1, with its first chat list answered 429 (so every runtime sees a retried rate limit). Given a
// browser bundle of the smoke calls (argv[2]), it also serves a page at /__smoke/ that runs it, so a page
// in Chromium calls the mock from the same origin. Prints the URL, then serves until killed.
import { readFileSync } from 'node:fs';
import { createInferenceMock } from '@org/inference-client/msw';
import { serveHandlers } from '@org/sdk-core/msw-node';

const bundle = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : undefined;
const page = '<!doctype html><title>smoke</title><script type="module" src="/__smoke/smoke.js"></script>';

const served = await serveHandlers(
  (origin) => {
    const mock = createInferenceMock({ baseUrl: origin });
    return [
      mock.scenarios.rateLimited('GET /v1/chats', { retryAfterSeconds: 0.05, times: 1 }),
      ...mock.handlers,
    ];
  },
  {
    notFound: (request) => {
      const { pathname } = new URL(request.url);
      if (bundle && pathname === '/__smoke/')
        return new Response(page, { headers: { 'content-type': 'text/html' } });
      if (bundle && pathname === '/__smoke/smoke.js') {
        return new Response(bundle, { headers: { 'content-type': 'text/javascript' } });
      }
      return new Response('not found', { status: 404 });
    },
  },
);
console.log(served.url);
