import { defineResource } from '@org/sdk-core/msw';
import type { MockContext, Resolvers, S } from './context';
import { invalid, notFound } from './context';

/**
 * Data sources and sinks at the project level (CRUD), a pipeline's data sources (attach, update, status,
 * sync) and sinks, and its ingestion jobs.
 */
export function sourceResolvers(ctx: MockContext): Resolvers {
  const { store, now, stamp, projectOf, pipelines, pipelineDataSource } = ctx;
  const sourceIn = (pipelineId: string, dataSourceId: string) =>
    store.pipelineDataSources.find((d) => d.pipeline_id === pipelineId && d.data_source_id === dataSourceId);

  /** Attaches a data source to a pipeline, or updates its sync interval if it is attached already. */
  function attach(pipelineId: string, source: S['DataSource'], syncInterval: number | null | undefined) {
    const existing = sourceIn(pipelineId, source.id);
    if (existing) {
      return (
        store.pipelineDataSources.update(existing.id, { sync_interval: syncInterval ?? null }) ?? existing
      );
    }
    const { id: _id, ...fields } = source;
    return store.pipelineDataSources.insert({
      ...fields,
      data_source_id: source.id,
      pipeline_id: pipelineId,
      sync_interval: syncInterval ?? null,
      last_synced_at: null,
      status: 'NOT_STARTED',
    });
  }

  const notFoundAs = (what: string) => () => notFound(what);
  const dataSources = defineResource(store.dataSources, {
    param: 'data_source_id',
    notFound: notFoundAs('Data source'),
  });
  const dataSinks = defineResource(store.dataSinks, {
    param: 'data_sink_id',
    notFound: notFoundAs('Data sink'),
  });
  const jobs = defineResource(store.jobs, {
    param: 'job_id',
    scope: { field: 'pipeline_id', param: 'pipeline_id' },
    notFound: notFoundAs('Job'),
  });

  return {
    // data sources
    listDataSources: ({ query }) => store.dataSources.filter((d) => d.project_id === projectOf(query)),
    createDataSource: ({ body, query }) =>
      store.dataSources.insert({
        ...body,
        project_id: projectOf(query),
        ...stamp(),
      }),
    getDataSource: dataSources.get(),
    updateDataSource: dataSources.with((source, { body }) => {
      const { source_type, name, component, custom_metadata } = body;
      if (source_type !== source.source_type) {
        return invalid(['body', 'source_type'], `source_type cannot change from ${source.source_type}`);
      }
      return store.dataSources.update(source.id, {
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        ...(custom_metadata !== undefined ? { custom_metadata } : {}),
        updated_at: now(),
      });
    }),
    deleteDataSource: dataSources.remove({
      cascade: (source) => {
        for (const d of store.pipelineDataSources.filter((p) => p.data_source_id === source.id))
          store.pipelineDataSources.delete(d.id);
      },
    }),

    // data sinks
    listDataSinks: ({ query }) => store.dataSinks.filter((d) => d.project_id === projectOf(query)),
    createDataSink: ({ body, query }) =>
      store.dataSinks.insert({
        ...body,
        project_id: projectOf(query),
        ...stamp(),
      }),
    getDataSink: dataSinks.get(),
    updateDataSink: dataSinks.with((sink, { body: { sink_type, name, component } }) =>
      store.dataSinks.update(sink.id, {
        sink_type,
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        updated_at: now(),
      }),
    ),
    deleteDataSink: dataSinks.remove(),

    // a pipeline's data sources and sinks
    listPipelineDataSources: pipelines.with((p) =>
      store.pipelineDataSources.filter((d) => d.pipeline_id === p.id),
    ),
    addDataSourcesToPipeline: pipelines.with((p, { body: inputs }) => {
      // Every source is looked up before any is attached: one unknown id attaches none.
      const found = inputs.map((i) => ({ i, source: store.dataSources.get(i.data_source_id) }));
      const missing = found.find(({ source }) => !source);
      if (missing) return notFound(`Data source ${missing.i.data_source_id}`);
      return found.flatMap(({ i, source }) => (source ? [attach(p.id, source, i.sync_interval)] : []));
    }),
    updatePipelineDataSource: pipelines.with((p, { params, body }) => {
      const source = dataSources.find(params);
      return source instanceof Response ? source : attach(p.id, source, body.sync_interval);
    }),
    getPipelineDataSourceStatus: pipelineDataSource((attached) => ({
      status: attached.status ?? 'NOT_STARTED',
      effective_at: attached.last_synced_at ?? null,
    })),
    syncPipelineDataSource: pipelineDataSource((attached, { params }) => {
      // The mock has no connector to read the source: the sync completes at once with nothing new.
      store.pipelineDataSources.update(attached.id, { status: 'SUCCESS', last_synced_at: now() });
      return store.pipelines.get(params.pipeline_id);
    }),
    listPipelineDataSinks: pipelines.with((p) => (p.data_sink ? [p.data_sink] : [])),

    // jobs
    listPipelineJobs: pipelines.with((p) => store.jobs.filter((j) => j.pipeline_id === p.id)),
    getPipelineJob: jobs.get(),
  };
}
