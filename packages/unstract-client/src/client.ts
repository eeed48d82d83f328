import { type ClientOptions, createApiClient, readEnv, type TokenProvider, UsageError } from '@org/sdk-core';
import { createDeploymentClient, type DeploymentClientOptions } from './deployment-client';
import { unstractErrorMessage } from './error-message';
import { createResources, retryStatuses, servers } from './generated/resources';
import type { paths } from './generated/schema';

/** Options of `createUnstractClient`; every core option (retries, timeout, logger, ...) applies too. */
export interface UnstractClientOptions extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {
  /** Credential for the management routes. @default process.env.UNSTRACT_API_KEY */
  apiKey?: string | TokenProvider;
  /** Your organization's id: fills the `{org_id}` of every management route. @default process.env.UNSTRACT_ORG_ID */
  orgId?: string;
  /** The Unstract host, e.g. your self-hosted one. @default process.env.UNSTRACT_API_URL, else https://us-central.unstract.com */
  baseUrl?: string;
}

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
  const base: ClientOptions = {
    errorMessage: unstractErrorMessage,
    ...options,
    baseUrl: options.baseUrl ?? readEnv('UNSTRACT_API_URL') ?? servers['us-central'],
    retry: { retryStatuses, ...options.retry },
  };
  const api = createApiClient<paths>({ ...base, apiKey });
  const { deployments, apiKeys } = createResources(api, { orgId });
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
      createDeploymentClient(apiName, base, orgId, deploymentOptions),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** An Unstract client, as `createUnstractClient` returns it. */
export type UnstractClient = ReturnType<typeof createUnstractClient>;
