import type { MockContext, Resolvers, S } from './context';
import { invalid, notFound } from './context';

/**
 * Data sources and sinks at the project level (CRUD), a pipeline's data sources (attach, update, status,
 * sync) and sinks, and its ingestion jobs.
 */
export function sourceResolvers(ctx: MockContext): Resolvers {
  const { store, now, stamp, projectOf } = ctx;
  const sourceIn = (pipelineId: string, dataSourceId: string) =>
    store.pipelineDataSources.find((d) => d.pipeline_id === pipelineId && d.data_source_id === dataSourceId);

  /** Attaches a data source to a pipeline, or updates its sync interval if it is attached already. */
  function attach(pipelineId: string, source: S['DataSource'], syncInterval: number | null | undefined) {
    const existing = sourceIn(pipelineId, source.id);
    if (existing) {
      return store.pipelineDataSources.update(existing.id, {
        sync_interval: syncInterval ?? null,
      }) as S['PipelineDataSource'];
    }
    const { id: _id, ...fields } = source;
    return store.pipelineDataSources.insert({
      ...fields,
      data_source_id: source.id,
      pipeline_id: pipelineId,
      sync_interval: syncInterval ?? null,
      last_synced_at: null,
      status: 'NOT_STARTED',
    } as S['PipelineDataSource']);
  }

  const inPipeline = (id: string) => (store.pipelines.has(id) ? undefined : notFound('Pipeline'));

  return {
    // data sources
    listDataSources: ({ query }) => store.dataSources.filter((d) => d.project_id === projectOf(query)),
    createDataSource: ({ body, query }) =>
      store.dataSources.insert({
        ...body,
        project_id: projectOf(query),
        ...stamp(),
      } as S['DataSource']),
    getDataSource: ({ params }) => store.dataSources.get(params.data_source_id) ?? notFound('Data source'),
    updateDataSource: ({ params, body }) => {
      const source = store.dataSources.get(params.data_source_id);
      if (!source) return notFound('Data source');
      const { source_type, name, component, custom_metadata } = body;
      if (source_type !== source.source_type) {
        return invalid(['body', 'source_type'], `source_type cannot change from ${source.source_type}`);
      }
      return store.dataSources.update(source.id, {
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        ...(custom_metadata !== undefined ? { custom_metadata } : {}),
        updated_at: now(),
      }) as S['DataSource'];
    },
    deleteDataSource: ({ params }) => {
      if (!store.dataSources.delete(params.data_source_id)) return notFound('Data source');
      for (const d of store.pipelineDataSources.filter((p) => p.data_source_id === params.data_source_id))
        store.pipelineDataSources.delete(d.id);
      return undefined;
    },

    // data sinks
    listDataSinks: ({ query }) => store.dataSinks.filter((d) => d.project_id === projectOf(query)),
    createDataSink: ({ body, query }) =>
      store.dataSinks.insert({
        ...body,
        project_id: projectOf(query),
        ...stamp(),
      } as S['DataSink']),
    getDataSink: ({ params }) => store.dataSinks.get(params.data_sink_id) ?? notFound('Data sink'),
    updateDataSink: ({ params, body }) => {
      const sink = store.dataSinks.get(params.data_sink_id);
      if (!sink) return notFound('Data sink');
      const { sink_type, name, component } = body;
      return store.dataSinks.update(sink.id, {
        sink_type,
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        updated_at: now(),
      }) as S['DataSink'];
    },
    deleteDataSink: ({ params }) =>
      store.dataSinks.delete(params.data_sink_id) ? undefined : notFound('Data sink'),

    // a pipeline's data sources and sinks
    listPipelineDataSources: ({ params }) =>
      inPipeline(params.pipeline_id) ??
      store.pipelineDataSources.filter((d) => d.pipeline_id === params.pipeline_id),
    addDataSourcesToPipeline: ({ params, body: inputs }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const missing = inputs.find((i) => !store.dataSources.has(i.data_source_id));
      if (missing) return notFound(`Data source ${missing.data_source_id}`);
      return inputs.map((i) =>
        attach(
          params.pipeline_id,
          store.dataSources.get(i.data_source_id) as S['DataSource'],
          i.sync_interval,
        ),
      );
    },
    updatePipelineDataSource: ({ params, body }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const source = store.dataSources.get(params.data_source_id);
      if (!source) return notFound('Data source');
      return attach(params.pipeline_id, source, (body as { sync_interval?: number | null }).sync_interval);
    },
    getPipelineDataSourceStatus: ({ params }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const attached = sourceIn(params.pipeline_id, params.data_source_id);
      if (!attached) return notFound('Pipeline data source');
      return { status: attached.status ?? 'NOT_STARTED', effective_at: attached.last_synced_at ?? null };
    },
    syncPipelineDataSource: ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      const attached = sourceIn(params.pipeline_id, params.data_source_id);
      if (!attached) return notFound('Pipeline data source');
      // The mock has no connector to read the source: the sync completes at once with nothing new.
      store.pipelineDataSources.update(attached.id, { status: 'SUCCESS', last_synced_at: now() });
      return pipeline;
    },
    listPipelineDataSinks: ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      return pipeline.data_sink ? [pipeline.data_sink] : [];
    },

    // jobs
    listPipelineJobs: ({ params }) =>
      inPipeline(params.pipeline_id) ?? store.jobs.filter((j) => j.pipeline_id === params.pipeline_id),
    getPipelineJob: ({ params }) => {
      const job = store.jobs.get(params.job_id);
      return job && job.pipeline_id === params.pipeline_id ? job : notFound('Job');
    },
  };
}
