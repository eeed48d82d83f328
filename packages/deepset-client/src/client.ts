import { nameFlows } from '@org/sdk-core/internal';
import { createFlows } from './flows';
import { createApi, type DeepsetClientOptions } from './generated/client';
import { createResources } from './generated/resources';
import { createUploadSessionFlow } from './upload-session';

export type { DeepsetClientOptions } from './generated/client';

/**
 * Creates a deepset Cloud client: one namespace per resource of the API, streamed search and chat, upload
 * sessions and deployment flows, and `.raw` for openapi-fetch's `{ data, error }`. 429 (per pipeline),
 * 503 (rebalancing) and 591 (pipeline waking from standby) are retried.
 * @example
 * const deepset = createDeepsetClient({ workspace: 'default' }); // key from DEEPSET_API_KEY
 * await deepset.pipelines.create({ name: 'rag', query_yaml });
 * await deepset.deployPipelineAndWait('rag');
 * const { results } = await deepset.pipelines.search('rag', { queries: ['What is deepset?'] });
 */
export function createDeepsetClient(options: DeepsetClientOptions = {}) {
  const { api, defaults } = createApi(options);
  const resources = createResources(api, defaults);
  return {
    ...resources,
    // Each flow (deploy and wait, an upload session) is one span for a tracer.
    ...nameFlows(api, { ...createFlows(resources), ...createUploadSessionFlow(resources, options.fetch) }),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A deepset client, as `createDeepsetClient` returns it. */
export type DeepsetClient = ReturnType<typeof createDeepsetClient>;
