// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
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

/** Options of `createUnstractClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface UnstractClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /**
   * Credential for the management routes. @default process.env.UNSTRACT_API_KEY
   */
  apiKey?: string | TokenProvider | undefined;
  /**
   * The Unstract host, e.g. your self-hosted one. @default process.env.UNSTRACT_API_URL, else
   * https://us-central.unstract.com
   */
  baseUrl?: string | undefined;
  /**
   * Your organization's id: fills the `{org_id}` of every management route. @default
   * process.env.UNSTRACT_ORG_ID
   */
  orgId?: string | undefined;
}

/** Where the error body keeps its message, request id and retry wait (the spec's `x-sdk-error-body`). */
const errorBody = errorBodyReader({
  message: [
    '{message.execution_status}: {message.error}',
    'ERROR: {message.error}',
    '{message}',
    'execution is {status}',
  ],
});

/**
 * The message in a Unstract error body, where the spec's `x-sdk-error-body` says it is, else
 * where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).
 * @example unstractErrorMessage(await response.json())
 */
export const unstractErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;

/**
 * The transport and resource defaults of a client, resolved from the options and the environment:
 * the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.
 * @example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);
 */
export function createApi(options: UnstractClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('UNSTRACT_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/unstract-client] no API key: pass `apiKey` or set UNSTRACT_API_KEY (the management credential; executions use a deployment key, see `deployment()`).',
    );
  }
  const orgId = options.orgId ?? readEnv('UNSTRACT_ORG_ID');
  if (!orgId) {
    throw new UsageError(
      '[@org/unstract-client] no organization: pass `orgId` or set UNSTRACT_ORG_ID (the `org_…` id in your Unstract URLs).',
    );
  }
  const baseUrl = options.baseUrl ?? readEnv('UNSTRACT_API_URL') ?? servers['us-central'];
  const api = createApiClient<paths>(
    withDefaults(
      {
        vendor: 'unstract',
        errorMessage: unstractErrorMessage,
        retry: { retryStatuses },
      },
      { ...options, baseUrl, apiKey },
    ),
  );
  const defaults = { orgId } satisfies ResourceDefaults;
  return { api: api as ApiClient<paths>, defaults };
}
