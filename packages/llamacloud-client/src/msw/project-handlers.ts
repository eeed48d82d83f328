import { byQuery } from '@org/sdk-core/msw';
import type { MockContext, Resolvers } from './context';
import { notFound } from './context';

/** Projects: list (the default project always exists), create, get. */
export function projectResolvers({ store, stamp, defaultProject }: MockContext): Resolvers {
  return {
    listProjects: ({ query }) => {
      defaultProject();
      const named = byQuery({ project_name: 'name' });
      return store.projects.filter((p) => named(p, query));
    },
    createProject: ({ body }) =>
      store.projects.insert({
        ...body,
        organization_id: 'org_1',
        is_default: false,
        ...stamp(),
      }),
    getProject: ({ params }) => store.projects.get(params.project_id) ?? notFound('Project'),
  };
}
