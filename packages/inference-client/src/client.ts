import { type ClientOptions, createApiClient, readEnv, type TokenProvider, UsageError } from '@org/sdk-core';
import { createChatCompleter } from './chat-completions';
import { neoSpaceErrorMessage, neoSpaceRequestId, neoSpaceRetryHint } from './error-body';
import { createFlows } from './flows';
import { createResources, retryStatuses, servers } from './generated/resources';
import type { paths } from './generated/schema';

/** The NeoSpace environments: each selects one of the spec's servers. */
export type InferenceEnvironment = keyof typeof servers;

/** Options of `createInferenceClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface InferenceClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /** API key (a test key for the sandbox). @default process.env.NEOSPACE_API_KEY */
  apiKey?: string | TokenProvider;
  /** API root; overrides `environment`. @default process.env.NEOSPACE_BASE_URL, else the environment's server */
  baseUrl?: string;
  /** Which server: `production` (https://api.neospace.ai) or `sandbox`. @default 'production' */
  environment?: InferenceEnvironment;
}

/**
 * Creates a NeoSpace Inference API client: one namespace per resource, chat completions plain or streamed,
 * flows for the multi-step work, and `.raw` for openapi-fetch's `{ data, error }`. A 429 is retried after
 * the `retryAfter` seconds its body asks for.
 * @example
 * const neo = createInferenceClient({ environment: 'sandbox' }); // key from NEOSPACE_API_KEY
 * const { data: models } = await neo.models.list();
 * for await (const chunk of neo.chats.complete({ model: models[0]!.id, messages: [{ role: 'user', content: 'Hi' }], stream: true })) {
 *   process.stdout.write(chunk.choices[0]?.delta.content ?? '');
 * }
 */
export function createInferenceClient(options: InferenceClientOptions = {}) {
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
  const api = createApiClient<paths>({
    errorMessage: neoSpaceErrorMessage,
    errorRequestId: neoSpaceRequestId,
    ...options,
    retry: { retryStatuses, retryHint: neoSpaceRetryHint, ...options.retry },
    baseUrl,
    apiKey,
  });
  const resources = createResources(api, {});
  return {
    ...resources,
    /** Chats and their completions: `complete({ ..., stream: true })` streams (so does `completeStream`). */
    chats: { ...resources.chats, complete: createChatCompleter(resources.chats) },
    ...createFlows(resources),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A NeoSpace Inference API client, as `createInferenceClient` returns it. */
export type InferenceClient = ReturnType<typeof createInferenceClient>;
