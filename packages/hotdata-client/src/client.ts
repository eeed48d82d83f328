import { nameFlows } from '@org/sdk-core/internal';
import { createFlows } from './flows';
import { clientDefaults, createApi, type HotdataClientOptions } from './generated/client';
import { createResources } from './generated/resources';

export type { HotdataClientOptions } from './generated/client';

/**
 * Defaults sized for an idle workspace, whose first call is slow while its query worker wakes: a 60 s
 * attempt, five retries at 1 s doubling (the spec's `x-sdk-client.defaults`, whose notes say why).
 */
export const WAKE_UP_DEFAULTS = clientDefaults;

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
  const { api, defaults } = createApi(options);
  // A workspace-scoped call without a workspace is refused before it is sent, with what to set (the spec's
  // required X-Workspace-Id and its x-sdk-missing), not left to come back 401 from the API.
  const resources = createResources(api, defaults);
  return {
    ...resources,
    // Each flow (runQuery and its polls) is one span for a tracer.
    ...nameFlows(api, createFlows(resources)),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A Hotdata client, as `createHotdataClient` returns it. */
export type HotdataClient = ReturnType<typeof createHotdataClient>;
