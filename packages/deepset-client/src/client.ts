import { type ClientOptions, createApiClient, readEnv, type TokenProvider, UsageError } from '@org/sdk-core';
import { deepsetErrorMessage } from './error-message';
import { createFlows } from './flows';
import { createResources, retryStatuses, servers } from './generated/resources';
import type { paths } from './generated/schema';
import { createUploadSessionFlow } from './upload-session';

/** Options of `createDeepsetClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface DeepsetClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /** API key. @default process.env.DEEPSET_API_KEY */
  apiKey?: string | TokenProvider;
  /** API root (no `/api/v1`). @default process.env.DEEPSET_API_URL, else https://api.cloud.deepset.ai */
  baseUrl?: string;
  /** Fills `{workspace_name}` in every workspace call unless the call names another. @default process.env.DEEPSET_WORKSPACE */
  workspace?: string;
}

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
  const apiKey = options.apiKey ?? readEnv('DEEPSET_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/deepset-client] no API key: pass `apiKey` or set DEEPSET_API_KEY (create one under Settings > API keys in deepset Cloud).',
    );
  }
  const baseUrl = options.baseUrl ?? readEnv('DEEPSET_API_URL') ?? servers.default;
  const workspace = options.workspace ?? readEnv('DEEPSET_WORKSPACE');
  const api = createApiClient<paths>({
    errorMessage: deepsetErrorMessage,
    ...options,
    baseUrl,
    apiKey,
    retry: { retryStatuses, ...options.retry },
  });
  const resources = createResources(api, { workspace });
  return {
    ...resources,
    ...createFlows(resources),
    ...createUploadSessionFlow(resources, options.fetch),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A deepset client, as `createDeepsetClient` returns it. */
export type DeepsetClient = ReturnType<typeof createDeepsetClient>;
