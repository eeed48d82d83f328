import { byQuery } from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { MockContext, Resolvers, S } from './context';
import { DEFAULT_EMBEDDING } from './context';
import { rankChunks } from './rank';

type PipelineInput = S['PipelineCreate'] | S['PipelineUpdate'];

/** Pipelines: CRUD, upsert by name, the cursor-paged v2 list, sync and its cancel, status, retrieve. */
export function pipelineResolvers(ctx: MockContext): Resolvers {
  const { store, now, stamp, projectOf, pipelines } = ctx;

  /** The stored fields of a create/update body: `data_sink_id` resolves to the sink, nulls fall back. */
  function fieldsOf({ data_sink_id, embedding_config, ...input }: PipelineInput) {
    return {
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)),
      ...(embedding_config ? { embedding_config } : {}),
      ...(data_sink_id !== undefined
        ? { data_sink: data_sink_id ? (store.dataSinks.get(data_sink_id) ?? null) : null }
        : {}),
    } as Partial<S['Pipeline']>;
  }

  function create(input: S['PipelineCreate'], project: string) {
    return store.pipelines.insert({
      pipeline_type: 'MANAGED',
      embedding_config: DEFAULT_EMBEDDING,
      transform_config: { mode: 'auto' },
      data_sink: null,
      ...fieldsOf(input),
      name: input.name,
      project_id: project,
      status: 'CREATED',
      ...stamp(),
    });
  }

  const byName = (project: string, name: string) =>
    store.pipelines.find((p) => p.project_id === project && p.name === name);
  const ofProject = (query: URLSearchParams, nameParam: string) => {
    const project = projectOf(query);
    const inQuery = byQuery({ [nameParam]: 'name', pipeline_type: 'pipeline_type' });
    return store.pipelines.filter((p) => p.project_id === project && inQuery(p, query));
  };

  return {
    listPipelines: ({ query }) => ofProject(query, 'pipeline_name'),
    createPipeline: ({ body, query }) => {
      const project = projectOf(query);
      if (byName(project, body.name)) {
        return HttpResponse.json(
          { detail: `A pipeline named ${body.name} already exists in this project` },
          { status: 409 },
        );
      }
      return create(body, project);
    },
    upsertPipeline: ({ body, query }) => {
      const project = projectOf(query);
      const existing = byName(project, body.name);
      if (!existing) return create(body, project);
      return store.pipelines.update(existing.id, { ...fieldsOf(body), updated_at: now() }) ?? existing;
    },
    listPipelinesPaginated: ({ query, page }) =>
      page(
        ofProject(query, 'name').map((p) => ({
          ...p,
          pipeline_type: p.pipeline_type ?? 'MANAGED',
          status: p.status ?? null,
          created_at: p.created_at ?? null,
          updated_at: p.updated_at ?? null,
        })),
      ),
    getPipeline: pipelines.get(),
    updatePipeline: pipelines.update({ patch: (_, body) => ({ ...fieldsOf(body), updated_at: now() }) }),
    deletePipeline: pipelines.remove({
      cascade: (p) => {
        for (const pf of store.pipelineFiles.filter((f) => f.pipeline_id === p.id))
          store.pipelineFiles.delete(pf.id);
        for (const doc of store.documents.filter((d) => d.pipeline_id === p.id))
          store.documents.delete(doc.id);
      },
    }),
    getPipelineStatus: pipelines.with(ctx.pollIngestion),
    syncPipeline: pipelines.with(ctx.startIngestion),
    cancelPipelineSync: pipelines.with(ctx.cancelIngestion),
    runSearch: pipelines.with((_, { params, body }) => {
      const files = store.pipelineFiles
        .filter((f) => f.pipeline_id === params.pipeline_id && f.status === 'SUCCESS')
        .flatMap((pf) => {
          const file = pf.file_id ? store.files.get(pf.file_id) : undefined;
          return file
            ? [{ id: file.id, name: file.name, text: file.text, metadata: pf.custom_metadata ?? {} }]
            : [];
        });
      const documents = store.documents
        .filter((d) => d.pipeline_id === params.pipeline_id && d.status === 'SUCCESS')
        .map((d) => ({ id: d.id, name: d.id, text: d.text, metadata: d.metadata }));
      const started = performance.now();
      const nodes = rankChunks(
        [...files, ...documents],
        body.query,
        body.dense_similarity_top_k ?? 6,
        body.dense_similarity_cutoff ?? undefined,
      );
      return {
        pipeline_id: params.pipeline_id,
        retrieval_nodes: nodes,
        image_nodes: [],
        page_figure_nodes: [],
        inferred_search_filters: null,
        metadata: {},
        retrieval_latency: { dense: performance.now() - started },
      };
    }),
  };
}
