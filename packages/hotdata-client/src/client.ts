import { type ClientOptions, createApiClient, readEnv, type TokenProvider, UsageError } from '@org/sdk-core';
import { createResources, retryStatuses, servers } from './generated/resources';
import type { paths } from './generated/schema';
import { hotdataErrorMessage } from './error-message';
import { createFlows } from './flows';

/** Options of `createHotdataClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface HotdataClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /** API token (organization-scoped). @default process.env.HOTDATA_API_KEY */
  apiKey?: string | TokenProvider;
  /**
   * The workspace (`ws_...`) every call but the workspace endpoints acts on; without one, such a call
   * throws a UsageError before it is sent. @default process.env.HOTDATA_WORKSPACE_ID
   */
  workspaceId?: string;
  /** API root. @default process.env.HOTDATA_API_URL, else `https://api.hotdata.dev` */
  baseUrl?: string;
  /**
   * Retries after the first attempt, on connection errors, timeouts of idempotent calls, 408, 409, 429
   * and 5xx (POSTs only where the server cannot have acted: 429, 503, refused connections). @default 5
   */
  maxRetries?: number;
  /**
   * Milliseconds one attempt may take. An idle workspace answers its first call only after its worker
   * wakes (10–20 s), so this stays well above that. @default 60000
   */
  timeout?: number;
}

/**
 * Defaults sized for an idle workspace. Its first call is slow, not failed (~10 s, up to ~20 s, while the
 * query worker wakes): one 60 s attempt rides it out. Should a gateway refuse calls during the wake
 * instead (503, connection refused), five retries at 1 s doubling wait at least 23 s in all (31 s less
 * jitter) before giving up. Retry-After, as sent with OVERLOADED, is honoured up to 60 s.
 */
export const WAKE_UP_DEFAULTS = {
  timeout: 60_000,
  maxRetries: 5,
  retry: { initialDelay: 1_000, maxDelay: 30_000 },
} as const;

// The CLI's HOTDATA_API_URL names the /v1 root (`https://api.hotdata.dev/v1`); the spec's paths carry /v1.
const stripVersion = (url: string) => url.replace(/\/v1\/?$/, '');

/**
 * Creates a Hotdata client: one namespace per resource of the API, flows for the multi-step work (run a
 * query and wait, stream an upload, make a dataset of a file, wait for jobs), and `.raw` for
 * openapi-fetch's `{ data, error }`.
 * @example
 * const hotdata = createHotdataClient({ workspaceId: 'ws_abc123' }); // token from HOTDATA_API_KEY
 * const dataset = await hotdata.createDatasetFromFile(new File([csv], 'orders.csv', { type: 'text/csv' }));
 * const { rows } = await hotdata.runQuery(`select count(*) from datasets.main.${dataset.table_name}`);
 * for await (const run of hotdata.queryRuns.list({ status: 'failed' })) console.log(run.sql_text);
 */
export function createHotdataClient(options: HotdataClientOptions = {}) {
  const apiKey = options.apiKey ?? readEnv('HOTDATA_API_KEY');
  if (!apiKey) {
    throw new UsageError(
      '[@org/hotdata-client] no API token: pass `apiKey` or set HOTDATA_API_KEY (`hotdata auth login` makes one).',
    );
  }
  const workspaceId = options.workspaceId ?? readEnv('HOTDATA_WORKSPACE_ID');
  const envUrl = readEnv('HOTDATA_API_URL');
  const baseUrl = options.baseUrl ?? (envUrl ? stripVersion(envUrl) : servers.default);
  const api = createApiClient<paths>({
    errorMessage: hotdataErrorMessage,
    ...WAKE_UP_DEFAULTS,
    ...options,
    baseUrl,
    apiKey,
    retry: { ...WAKE_UP_DEFAULTS.retry, retryStatuses, ...options.retry },
    // For `.raw` calls; resource methods set or remove it per operation, as the spec's security says.
    headers: { 'X-Workspace-Id': workspaceId, ...options.headers },
  });
  // A workspace-scoped call without a workspace is refused before it is sent, with what to set (the spec's
  // required X-Workspace-Id and its x-sdk-missing), not left to come back 401 from the API.
  const resources = createResources(api, { workspaceId });
  return {
    ...resources,
    ...createFlows(resources),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A Hotdata client, as `createHotdataClient` returns it. */
export type HotdataClient = ReturnType<typeof createHotdataClient>;
