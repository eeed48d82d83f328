import { type ApiClient, UsageError } from '@org/sdk-core';
import type { paths } from './generated/schema';

const HEADER = 'X-Workspace-Id';

/** The message of a workspace-scoped call made without a workspace: what to set, and where to find it. */
const NO_WORKSPACE =
  '[@org/hotdata-client] this call acts on a workspace, and the client has none: pass `workspaceId` ' +
  "(e.g. createHotdataClient({ workspaceId: 'ws_...' })) or set HOTDATA_WORKSPACE_ID " +
  '(`hotdata workspaces list` or `client.workspaces.list()` names yours).';

/** True when the generated method asked for the workspace header and nothing filled it. */
function lacksWorkspace(init: unknown): boolean {
  const headers = (init as { headers?: Record<string, unknown> } | undefined)?.headers;
  return !!headers && HEADER in headers && headers[HEADER] === undefined;
}

/**
 * Refuses workspace-scoped calls without a workspace before they are sent. The spec secures every `/v1`
 * call but the workspace endpoints with `X-Workspace-Id`; the generated methods put the client's
 * `workspaceId` there (or `null` to drop it where it is not wanted), so `undefined` means "needed, never
 * set". Sent anyway, the call would come back 401 `missing_workspace_id` after a round trip.
 * @example const api = refuseCallsWithoutWorkspace(createApiClient<paths>(options));
 */
export function refuseCallsWithoutWorkspace(api: ApiClient<paths>): ApiClient<paths> {
  return {
    ...api,
    request: ((method, path, ...init) =>
      lacksWorkspace(init[0])
        ? Promise.reject(new UsageError(NO_WORKSPACE))
        : api.request(method, path, ...(init as never))) as ApiClient<paths>['request'],
    requestStream: ((method, path, ...init) =>
      lacksWorkspace(init[0])
        ? Promise.reject(new UsageError(NO_WORKSPACE))
        : api.requestStream(method, path, ...(init as never))) as ApiClient<paths>['requestStream'],
  };
}
