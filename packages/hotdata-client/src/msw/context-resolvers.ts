import type { MockContext, Resolvers } from './context';
import { notFound } from './context';

/** Workspace context documents: list, upsert by name, get by name. */
export function contextResolvers(ctx: MockContext): Resolvers {
  const { store } = ctx;
  return {
    listWorkspaceContexts: () => ({ contexts: store.contexts.all() }),
    upsertWorkspaceContext: ({ body: input }) => {
      const entry = { name: input.name, content: input.content, updated_at: ctx.now() };
      const context = store.contexts.has(input.name)
        ? store.contexts.update(input.name, entry)
        : store.contexts.insert(entry);
      return { context: context ?? entry };
    },
    getWorkspaceContext: ({ params }) => {
      const context = store.contexts.get(params.name);
      return context ? { context } : notFound(`Context ${params.name} not found`);
    },
  };
}
