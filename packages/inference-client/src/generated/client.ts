// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
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

/** The NeoSpace Inference API environments: each selects one of the spec's servers. */
export type InferenceEnvironment = keyof typeof servers;

/** Options of `createInferenceClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface InferenceClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /**
   * API key (a test key for the sandbox). @default process.env.NEOSPACE_API_KEY
   */
  apiKey?: string | TokenProvider | undefined;
  /**
   * API root; overrides `environment`. @default process.env.NEOSPACE_BASE_URL, else the environment's
   * server
   */
  baseUrl?: string | undefined;
  /**
   * Which server: `production` (https://api.neospace.ai), `sandbox` (https://sandbox-api.neospace.ai).
   * @default 'production'
   */
  environment?: InferenceEnvironment | undefined;
}

/** Where the error body keeps its message, request id and retry wait (the spec's `x-sdk-error-body`). */
const errorBody = errorBodyReader({
  message: ['{error.message} ({error.code})', '{error.message}'],
  requestId: ['error.request_id'],
  retryAfterSeconds: ['error.retryAfter', 'retryAfter'],
});

/**
 * The message in a NeoSpace Inference API error body, where the spec's `x-sdk-error-body` says it is, else
 * where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).
 * @example inferenceErrorMessage(await response.json())
 */
export const inferenceErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;

/**
 * The transport and resource defaults of a client, resolved from the options and the environment:
 * the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.
 * @example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);
 */
export function createApi(options: InferenceClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('NEOSPACE_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/inference-client] no API key: pass `apiKey` or set NEOSPACE_API_KEY (create one under "API Keys" in the NeoSpace developer portal).',
    );
  }
  const environment = options.environment ?? 'production';
  if (!Object.hasOwn(servers, environment)) {
    throw new UsageError(
      `[@org/inference-client] unknown environment '${environment}'; use one of ${Object.keys(servers).join(', ')}.`,
    );
  }
  const baseUrl = options.baseUrl ?? readEnv('NEOSPACE_BASE_URL') ?? servers[environment];
  const api = createApiClient<paths>(
    withDefaults(
      {
        vendor: 'inference',
        errorMessage: inferenceErrorMessage,
        errorRequestId: errorBody.errorRequestId,
        retry: { retryStatuses, retryHint: errorBody.retryHint },
      },
      { ...options, baseUrl, apiKey },
    ),
  );
  const defaults = {} satisfies ResourceDefaults;
  return { api: api as ApiClient<paths>, defaults };
}
