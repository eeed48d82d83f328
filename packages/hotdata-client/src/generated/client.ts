// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
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

/** Options of `createHotdataClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface HotdataClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /**
   * API token (organization-scoped). @default process.env.HOTDATA_API_KEY
   */
  apiKey?: string | TokenProvider | undefined;
  /**
   * API root. @default process.env.HOTDATA_API_URL, else https://api.hotdata.dev
   */
  baseUrl?: string | undefined;
  /**
   * The workspace (`ws_...`) every call but the workspace endpoints acts on; without one, such a call
   * throws a UsageError before it is sent. @default process.env.HOTDATA_WORKSPACE_ID
   */
  workspaceId?: string | undefined;
  /**
   * Retries after the first attempt. @default 5
   */
  maxRetries?: number | undefined;
  /**
   * Milliseconds one attempt may take. @default 60000
   */
  timeout?: number | undefined;
}

/** The vendor's defaults for core's options (the spec's `x-sdk-client.defaults`; see its notes). */
export const clientDefaults = {
  timeout: 60000,
  maxRetries: 5,
  retry: {
    initialDelay: 1000,
    maxDelay: 30000,
  },
} as const;

/** Where the error body keeps its message, request id and retry wait (the spec's `x-sdk-error-body`). */
const errorBody = errorBodyReader({
  message: ['{error}'],
  hints: {
    missing_authorization: 'pass `apiKey` or set HOTDATA_API_KEY',
    missing_workspace_id: 'pass `workspaceId` or set HOTDATA_WORKSPACE_ID',
  },
});

/**
 * The message in a Hotdata API error body, where the spec's `x-sdk-error-body` says it is, else
 * where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).
 * @example hotdataErrorMessage(await response.json())
 */
export const hotdataErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;

// HOTDATA_API_URL names the API root with /v1; the spec's paths carry it (x-sdk-client.baseUrl.envSuffix).
const stripSuffix = (url: string | undefined) => url?.replace(/\/v1\/?$/, '');

/**
 * The transport and resource defaults of a client, resolved from the options and the environment:
 * the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.
 * @example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);
 */
export function createApi(options: HotdataClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('HOTDATA_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/hotdata-client] no API token: pass `apiKey` or set HOTDATA_API_KEY (`hotdata auth login` makes one).',
    );
  }
  const workspaceId = options.workspaceId ?? readEnv('HOTDATA_WORKSPACE_ID');
  const baseUrl = options.baseUrl ?? stripSuffix(readEnv('HOTDATA_API_URL')) ?? servers['default'];
  const api = createApiClient<paths>(
    withDefaults(
      {
        vendor: 'hotdata',
        errorMessage: hotdataErrorMessage,
        ...clientDefaults,
        retry: { retryStatuses, ...clientDefaults.retry },
        headers: { 'X-Workspace-Id': workspaceId },
      },
      { ...options, baseUrl, apiKey },
    ),
  );
  const defaults = { workspaceId } satisfies ResourceDefaults;
  return { api: api as ApiClient<paths>, defaults };
}
