// Entry for Chromium (bundled by tools/as-installed): a page on its own origin calls the mock server, started
// with `org-mock-server`, on another origin, so every call crosses CORS: a preflighted create, a scenario set
// through the admin route, and a 429 whose Retry-After the page can read. `?mock=<url>` names the server.
import { createLlamaCloudClient } from '@org/llamacloud-client';

const mock = new URLSearchParams(location.search).get('mock');

async function run() {
  const llama = createLlamaCloudClient({ apiKey: 'test', baseUrl: mock, maxRetries: 0, logLevel: 'off' });
  const pipeline = await llama.pipelines.create({ name: 'docs' });
  await fetch(`${mock}/__admin/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      scenario: 'rateLimited',
      args: ['GET /api/v1/pipelines/{pipeline_id}', { retryAfterSeconds: 2 }],
    }),
  });
  const limited = await llama.pipelines.get(pipeline.id).catch((err) => err);
  return { created: pipeline.name, limited: `${limited.name} ${limited.status} ${limited.retryAfter}` };
}

globalThis.crossOriginResult = run().catch((err) => ({ failed: `${err?.name}: ${err?.message}` }));
