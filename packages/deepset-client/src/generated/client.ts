// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
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

/** Options of `createDeepsetClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface DeepsetClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /**
   * API key. @default process.env.DEEPSET_API_KEY
   */
  apiKey?: string | TokenProvider | undefined;
  /**
   * API root (no `/api/v1`). @default process.env.DEEPSET_API_URL, else https://api.cloud.deepset.ai
   */
  baseUrl?: string | undefined;
  /**
   * Fills `{workspace_name}` in every workspace call unless the call names another. @default
   * process.env.DEEPSET_WORKSPACE
   */
  workspace?: string | undefined;
}

/** Where the error body keeps its message, request id and retry wait (the spec's `x-sdk-error-body`). */
const errorBody = errorBodyReader({
  message: ['{message}: {details.*.message}'],
});

/**
 * The message in a deepset Cloud API error body, where the spec's `x-sdk-error-body` says it is, else
 * where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).
 * @example deepsetErrorMessage(await response.json())
 */
export const deepsetErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;

/**
 * The transport and resource defaults of a client, resolved from the options and the environment:
 * the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.
 * @example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);
 */
export function createApi(options: DeepsetClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('DEEPSET_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/deepset-client] no API key: pass `apiKey` or set DEEPSET_API_KEY (create one under Settings > API keys in deepset Cloud).',
    );
  }
  const workspace = options.workspace ?? readEnv('DEEPSET_WORKSPACE');
  const baseUrl = options.baseUrl ?? readEnv('DEEPSET_API_URL') ?? servers['default'];
  const api = createApiClient<paths>(
    withDefaults(
      {
        vendor: 'deepset',
        errorMessage: deepsetErrorMessage,
        retry: { retryStatuses },
      },
      { ...options, baseUrl, apiKey },
    ),
  );
  const defaults = { workspace } satisfies ResourceDefaults;
  return { api: api as ApiClient<paths>, defaults };
}
