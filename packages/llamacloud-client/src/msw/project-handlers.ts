import type { MockContext, S } from './context';
import { notFound, now, unprocessable } from './context';

/** Projects: list (the default project always exists), create, get. */
export function createProjectHandlers({ http, store, checkBody, defaultProject }: MockContext) {
  return [
    http.get('/api/v1/projects', ({ query }) => {
      defaultProject();
      const name = query.get('project_name');
      return store.projects.filter((p) => !name || p.name === name);
    }),
    http.post('/api/v1/projects', async ({ request }) => {
      const check = await checkBody(request, 'POST /api/v1/projects');
      if (!check.ok) return unprocessable(check);
      return store.projects.insert({
        ...(check.value as S['ProjectCreate']),
        organization_id: 'org_1',
        is_default: false,
        created_at: now(),
        updated_at: now(),
      } as S['Project']);
    }),
    http.get(
      '/api/v1/projects/{project_id}',
      ({ params }) => store.projects.get(params.project_id) ?? notFound('Project'),
    ),
  ];
}
