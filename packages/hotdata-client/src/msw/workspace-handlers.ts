import { HttpResponse } from 'msw';
import type { components } from '../generated/schema';
import { authError, type MockContext, type MockWorkspace } from './context';

type S = components['schemas'];

export const MOCK_ORGANIZATION = 'org_mock';

const listItem = ({ organization_public_id: _o, ...workspace }: MockWorkspace): S['WorkspaceListItem'] =>
  workspace;

/**
 * The gate in front of every `/v1` route (a Bearer token, and for all but the workspace endpoints an
 * `X-Workspace-Id` naming a workspace the mock knows, else the API's `401 {error: "<code>"}` / `403`),
 * and the workspace endpoints themselves.
 */
export function createWorkspaceHandlers(ctx: MockContext) {
  const { store, http } = ctx;
  const root = new URL(http.url('/')).pathname.replace(/\/$/, '');

  const gate = http.untyped.all(http.url('/v1/*'), ({ request }) => {
    if (!/^Bearer \S+/.test(request.headers.get('authorization') ?? '')) {
      return authError(401, 'missing_authorization');
    }
    const path = new URL(request.url).pathname.slice(root.length);
    // The workspace endpoints are Bearer-only (the spec's per-operation security); every other needs the header.
    if (path === '/v1/workspaces' || path.startsWith('/v1/workspaces/')) return undefined;
    const workspace = request.headers.get('x-workspace-id');
    if (!workspace) return authError(401, 'missing_workspace_id');
    if (!store.workspaces.has(workspace)) return authError(403, 'forbidden');
    return undefined;
  });

  const handlers = [
    http.get('/v1/workspaces', ({ query }) => {
      const organization = query.get('organization_public_id');
      if (organization && organization !== MOCK_ORGANIZATION) return authError(404, 'organization_not_found');
      // Provisioning finishes by the time anyone lists the workspace again.
      for (const w of store.workspaces.filter((w) => w.provision_status === 'pending')) {
        store.workspaces.update(w.public_id, { provision_status: 'provisioned', active: true });
      }
      return { ok: true, workspaces: store.workspaces.all().map(listItem) };
    }),
    http.post('/v1/workspaces', async ({ request }) => {
      const check = await ctx.checkBody(request, 'POST /v1/workspaces');
      // No body, or one that is not JSON, is a 400; JSON that breaks the schema is a 422.
      if (!check.ok) {
        return check.value === undefined
          ? authError(400, 'invalid_json')
          : authError(422, 'validation_error');
      }
      const { name, organization_public_id } = check.value as S['CreateWorkspaceRequest'];
      if (organization_public_id && organization_public_id !== MOCK_ORGANIZATION) {
        return authError(404, 'organization_not_found');
      }
      const workspace = store.workspaces.insert({
        name,
        active: false,
        favorite: false,
        provision_status: 'pending',
        namespace: '',
        organization_public_id: MOCK_ORGANIZATION,
      } as unknown as MockWorkspace);
      const namespace = `workspace-${workspace.public_id}`;
      store.workspaces.update(workspace.public_id, { namespace });
      return HttpResponse.json(
        {
          ok: true,
          workspace: { public_id: workspace.public_id, name, provision_status: 'pending', namespace },
        } satisfies S['CreateWorkspaceResponse'],
        { status: 201 },
      );
    }),
  ];

  return { gate, handlers };
}
