// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  type TokenProvider,
  UsageError,
} from '@org/sdk-core';
import { errorBodyReader, readEnv, withDefaults } from '@org/sdk-core/internal';
import { type ResourceDefaults, retryStatuses, servers } from './resources';
import type { paths } from './schema';

/** The LlamaCloud API environments: each selects one of the spec's servers. */
export type LlamaCloudEnvironment = keyof typeof servers;

/** Options of `createLlamaCloudClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface LlamaCloudClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /**
   * API key. @default process.env.LLAMA_CLOUD_API_KEY
   */
  apiKey?: string | TokenProvider | undefined;
  /**
   * API root; overrides `environment`. @default process.env.LLAMA_CLOUD_BASE_URL, else the environment's
   * server
   */
  baseUrl?: string | undefined;
  /**
   * Which server: `us` (https://api.cloud.llamaindex.ai), `eu` (https://api.cloud.llamaindex.eu).
   * @default 'us'
   */
  environment?: LlamaCloudEnvironment | undefined;
  /**
   * Fills the `project_id` every project-scoped call takes, unless the call names another.
   */
  projectId?: string | undefined;
}

/** Where the error body keeps its message, request id and retry wait (the spec's `x-sdk-error-body`). */
const errorBody = errorBodyReader({});

/**
 * The message in a LlamaCloud API error body, where the spec's `x-sdk-error-body` says it is, else
 * where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).
 * @example llamaCloudErrorMessage(await response.json())
 */
export const llamaCloudErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;

/**
 * The transport and resource defaults of a client, resolved from the options and the environment:
 * the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.
 * @example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);
 */
export function createApi(options: LlamaCloudClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('LLAMA_CLOUD_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/llamacloud-client] no API key: pass `apiKey` or set LLAMA_CLOUD_API_KEY (create one in the LlamaCloud dashboard).',
    );
  }
  const environment = options.environment ?? 'us';
  if (!Object.hasOwn(servers, environment)) {
    throw new UsageError(
      `[@org/llamacloud-client] unknown environment '${environment}'; use one of ${Object.keys(servers).join(', ')}.`,
    );
  }
  const projectId = options.projectId;
  const baseUrl = options.baseUrl ?? readEnv('LLAMA_CLOUD_BASE_URL') ?? servers[environment];
  const api = createApiClient<paths>(
    withDefaults(
      {
        vendor: 'llamacloud',
        errorMessage: llamaCloudErrorMessage,
        retry: { retryStatuses },
      },
      { ...options, baseUrl, apiKey },
    ),
  );
  const defaults = { projectId } satisfies ResourceDefaults;
  return { api: api as ApiClient<paths>, defaults };
}
