import { mswPath } from '@org/sdk-core/msw';
import { http } from 'msw';
import { authError, lookup, type MockContext, type Resolvers, view } from './context';

export const MOCK_ORGANIZATION = 'org_mock';

const listItem = view('WorkspaceListItem');

/**
 * The gate in front of every `/v1` route: a Bearer token, and for all but the workspace endpoints an
 * `X-Workspace-Id` naming a workspace the mock knows, else the API's `401 {error: "<code>"}` / `403`.
 */
export function createWorkspaceGate(ctx: MockContext, baseUrl: string) {
  const root = new URL(mswPath(baseUrl, '/')).pathname.replace(/\/$/, '');
  return http.all(mswPath(baseUrl, '/v1/*'), ({ request }) => {
    if (!/^Bearer \S+/.test(request.headers.get('authorization') ?? '')) {
      return authError(401, 'missing_authorization');
    }
    const path = new URL(request.url).pathname.slice(root.length);
    // The workspace endpoints are Bearer-only (the spec's per-operation security); every other needs the header.
    if (path === '/v1/workspaces' || path.startsWith('/v1/workspaces/')) return undefined;
    const workspace = request.headers.get('x-workspace-id');
    if (!workspace) return authError(401, 'missing_workspace_id');
    if (!ctx.store.workspaces.has(workspace)) return authError(403, 'forbidden');
    return undefined;
  });
}

/**
 * The workspace endpoints (a new workspace is `pending` until the next list finds it provisioned) and the
 * workspace's context documents (upsert and get by name).
 */
export function workspaceResolvers(ctx: MockContext): Resolvers {
  const { store } = ctx;
  return {
    listWorkspaces: ({ query }) => {
      const organization = query.get('organization_public_id');
      if (organization && organization !== MOCK_ORGANIZATION) return authError(404, 'organization_not_found');
      // Provisioning finishes by the time anyone lists the workspace again.
      for (const w of store.workspaces.filter((w) => w.provision_status === 'pending')) {
        store.workspaces.update(w.public_id, { provision_status: 'provisioned', active: true });
      }
      return { ok: true, workspaces: store.workspaces.all().map(listItem) };
    },
    createWorkspace: ({ body: { name, organization_public_id } }) => {
      if (organization_public_id && organization_public_id !== MOCK_ORGANIZATION) {
        return authError(404, 'organization_not_found');
      }
      const workspace = store.workspaces.insert((id) => ({
        name,
        active: false,
        favorite: false,
        provision_status: 'pending',
        namespace: `workspace-${id}`,
        organization_public_id: MOCK_ORGANIZATION,
      }));
      return {
        ok: true,
        workspace: {
          public_id: workspace.public_id,
          name,
          provision_status: 'pending',
          namespace: workspace.namespace,
        },
      };
    },
    listWorkspaceContexts: () => ({ contexts: store.contexts.all() }),
    upsertWorkspaceContext: ({ body: input }) => {
      const entry = { name: input.name, content: input.content, updated_at: ctx.now() };
      const context = store.contexts.has(input.name)
        ? store.contexts.update(input.name, entry)
        : store.contexts.insert(entry);
      return { context: context ?? entry };
    },
    getWorkspaceContext: lookup(store.contexts, 'name', (name) => `Context ${name}`).with((context) => ({
      context,
    })),
  };
}
