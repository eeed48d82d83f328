import { type ClientOptions, createApiClient, readEnv, type TokenProvider, UsageError } from '@org/sdk-core';
import { createResources, retryStatuses, servers } from './generated/resources';
import type { paths } from './generated/schema';
import { createFlows } from './flows';

/** The LlamaCloud regions: each selects one of the spec's servers. */
export type LlamaCloudRegion = keyof typeof servers;

/** Options of `createLlamaCloudClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface LlamaCloudClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /** API key. @default process.env.LLAMA_CLOUD_API_KEY */
  apiKey?: string | TokenProvider;
  /** API root; overrides `region`. @default process.env.LLAMA_CLOUD_BASE_URL, else the region's server */
  baseUrl?: string;
  /** Which server: `us` or `eu`. @default 'us' */
  region?: LlamaCloudRegion;
  /** Fills the `project_id` every project-scoped call takes, unless the call names another. */
  projectId?: string;
}

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
  const apiKey = options.apiKey ?? readEnv('LLAMA_CLOUD_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/llamacloud-client] no API key: pass `apiKey` or set LLAMA_CLOUD_API_KEY (create one in the LlamaCloud dashboard).',
    );
  }
  const region = options.region ?? 'us';
  if (!(region in servers)) {
    throw new UsageError(
      `[@org/llamacloud-client] unknown region '${region}'; use one of ${Object.keys(servers).join(', ')}.`,
    );
  }
  const baseUrl = options.baseUrl ?? readEnv('LLAMA_CLOUD_BASE_URL') ?? servers[region];
  const api = createApiClient<paths>({
    ...options,
    baseUrl,
    apiKey,
    retry: { retryStatuses, ...options.retry },
  });
  const resources = createResources(api, { projectId: options.projectId });
  return {
    ...resources,
    ...createFlows(resources),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A LlamaCloud client, as `createLlamaCloudClient` returns it. */
export type LlamaCloudClient = ReturnType<typeof createLlamaCloudClient>;
