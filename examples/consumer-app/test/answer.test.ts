// The app tests itself against LlamaCloud's mock from the published package, the way any user would.
import { createLlamaCloudClient, RateLimitError } from '@org/llamacloud-client';
import { createLlamaCloudMock, failOnUnhandled } from '@org/llamacloud-client/msw';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, ingest } from '../src/answer.js';

const mock = createLlamaCloudMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => {
  server.resetHandlers();
  mock.store.reset();
});
afterAll(() => server.close());

const llama = createLlamaCloudClient({ apiKey: 'test-key', logLevel: 'off' });

describe('help-desk bot', () => {
  it('ingests documents and answers from them', async () => {
    const pipeline = await llama.pipelines.create({ name: 'help' });
    const status = await ingest(llama, pipeline.id, [
      { name: 'returns.txt', text: 'Returns are accepted within 30 days.\n\nGift cards cannot be returned.' },
    ]);
    expect(status.status).toBe('SUCCESS');
    expect(await answer(llama, pipeline.id, 'can I return a gift card?')).toBe(
      'Gift cards cannot be returned.',
    );
    expect(await answer(llama, pipeline.id, 'what is the meaning of life')).toBe(
      "Sorry, I don't know that one yet.",
    );
  });

  it('shows what a typed override returns', async () => {
    server.use(
      mock.http.post('/api/v1/pipelines/{pipeline_id}/retrieve', ({ params }) => ({
        pipeline_id: params.pipeline_id,
        retrieval_nodes: [{ node: { text: 'Overridden passage.' }, score: 0.9 }],
      })),
    );
    expect(await answer(llama, 'pl_any', 'anything')).toBe('Overridden passage.');
  });

  it('rides out a 429 from LlamaCloud without the app noticing', async () => {
    const pipeline = mock.seed.indexedPipeline('kb', [{ name: 'hours.txt', text: 'We open at nine.' }]);
    server.use(
      mock.scenarios.rateLimited('POST /api/v1/pipelines/{pipeline_id}/retrieve', {
        retryAfterMs: 50,
        times: 2,
      }),
    );
    expect(await answer(llama, pipeline.id, 'when do you open')).toBe('We open at nine.');
  });

  it('surfaces a rate limit that lasts too long as a typed error the app can catch', async () => {
    server.use(
      mock.http.untyped.post('https://api.cloud.llamaindex.ai/api/v1/pipelines/:id/retrieve', () =>
        HttpResponse.json(
          { detail: 'Too many requests' },
          { status: 429, headers: { 'retry-after': '3600' } },
        ),
      ),
    );
    await expect(answer(llama, 'pl_1', 'hi')).rejects.toBeInstanceOf(RateLimitError);
  });
});
