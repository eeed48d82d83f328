import { nameFlows } from '@org/sdk-core/internal';
import { createFlows } from './flows';
import { createApi, type LlamaCloudClientOptions } from './generated/client';
import { createResources } from './generated/resources';

export type { LlamaCloudClientOptions, LlamaCloudEnvironment } from './generated/client';

/**
 * Creates a LlamaCloud client: one namespace per resource of the API, flows for the multi-step work
 * (upload, sync and wait), and `.raw` for openapi-fetch's `{ data, error }`.
 * @example
 * const llama = createLlamaCloudClient({ projectId: 'proj_1' }); // key from LLAMA_CLOUD_API_KEY
 * const pipeline = await llama.pipelines.create({ name: 'docs' });
 * const file = await llama.uploadFile(new File(['hello'], 'hello.txt'));
 * await llama.pipelineFiles.add(pipeline.id, [{ file_id: file.id }]);
 * await llama.syncPipelineAndWait(pipeline.id);
 * const { retrieval_nodes } = await llama.pipelines.retrieve(pipeline.id, { query: 'hello' });
 */
export function createLlamaCloudClient(options: LlamaCloudClientOptions = {}) {
  const { api, defaults } = createApi(options);
  const resources = createResources(api, defaults);
  return {
    ...resources,
    // Each flow (sync and wait) is one span for a tracer.
    ...nameFlows(api, createFlows(resources)),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A LlamaCloud client, as `createLlamaCloudClient` returns it. */
export type LlamaCloudClient = ReturnType<typeof createLlamaCloudClient>;
