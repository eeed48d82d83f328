import { createDeploymentClient, type DeploymentClientOptions } from './deployment-client';
import { createApi, type UnstractClientOptions } from './generated/client';
import { createResources } from './generated/resources';

export type { UnstractClientOptions } from './generated/client';

/**
 * Creates an Unstract client: `deployments` and `apiKeys` for the management API, and `deployment()` for
 * executing documents against one deployment with its own API key.
 * @example
 * const unstract = createUnstractClient({ orgId: 'org_abc' }); // key from UNSTRACT_API_KEY
 * const created = await unstract.deployments.create({ workflow: workflowId, api_name: 'invoices' });
 * const invoices = unstract.deployment('invoices', { apiKey: created.api_key });
 * const run = await invoices.executeAndWait([new File([pdf], 'march.pdf')]);
 * for (const file of run.results) console.log(file.file, file.result?.output);
 */
export function createUnstractClient(options: UnstractClientOptions = {}) {
  const { api, defaults } = createApi(options);
  const { deployments, apiKeys } = createResources(api, defaults);
  return {
    deployments,
    apiKeys,
    /**
     * A client for executing one deployment, authenticated with one of its API keys (not the management
     * credential). It shares this client's options (host, retries, timeouts, logger).
     * @example
     * const invoices = unstract.deployment('invoices', { apiKey: process.env.INVOICES_KEY! });
     * const { execution_id } = await invoices.execute([file], { tags: 'march' });
     */
    deployment: (apiName: string, deploymentOptions: DeploymentClientOptions) =>
      createDeploymentClient(apiName, api.options, defaults.orgId, deploymentOptions),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** An Unstract client, as `createUnstractClient` returns it. */
export type UnstractClient = ReturnType<typeof createUnstractClient>;
