import type { components } from '../generated/schema';
import { type MockContext, notFound, now } from './context';

type S = components['schemas'];

/** Workspace context documents: list, upsert by name, get by name. */
export function createContextHandlers(ctx: MockContext) {
  const { store, http } = ctx;
  return {
    handlers: [
      http.get('/v1/context', () => ({ contexts: store.contexts.all() })),
      http.post('/v1/context', async ({ request }) => {
        const input = await ctx.body<S['UpsertWorkspaceContextRequest']>(request, 'POST /v1/context');
        if (input instanceof Response) return input;
        const entry = { name: input.name, content: input.content, updated_at: now() };
        const context = store.contexts.has(input.name)
          ? (store.contexts.update(input.name, entry) as S['WorkspaceContextEntry'])
          : store.contexts.insert(entry);
        return { context };
      }),
      http.get('/v1/context/{name}', ({ params }) => {
        const context = store.contexts.get(params.name);
        return context ? { context } : notFound(`Context ${params.name} not found`);
      }),
    ],
  };
}
