import type { MockContext, S } from './context';
import { invalid, noContent, notFound, now, unprocessable } from './context';

/**
 * Data sources and sinks at the project level (CRUD), a pipeline's data sources (attach, update, status,
 * sync) and sinks, and its ingestion jobs.
 */
export function createSourceHandlers(ctx: MockContext) {
  const { http, store, checkBody, projectOf } = ctx;
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

  return [
    // data sources
    http.get('/api/v1/data-sources', ({ query }) =>
      store.dataSources.filter((d) => d.project_id === projectOf(query)),
    ),
    http.post('/api/v1/data-sources', async ({ request, query }) => {
      const check = await checkBody(request, 'POST /api/v1/data-sources');
      if (!check.ok) return unprocessable(check);
      return store.dataSources.insert({
        ...(check.value as S['DataSourceCreate']),
        project_id: projectOf(query),
        created_at: now(),
        updated_at: now(),
      } as S['DataSource']);
    }),
    http.get(
      '/api/v1/data-sources/{data_source_id}',
      ({ params }) => store.dataSources.get(params.data_source_id) ?? notFound('Data source'),
    ),
    http.put('/api/v1/data-sources/{data_source_id}', async ({ params, request }) => {
      const source = store.dataSources.get(params.data_source_id);
      if (!source) return notFound('Data source');
      const check = await checkBody(request, 'PUT /api/v1/data-sources/{data_source_id}');
      if (!check.ok) return unprocessable(check);
      const { source_type, name, component, custom_metadata } = check.value as S['DataSourceUpdate'];
      if (source_type !== source.source_type) {
        return invalid(['body', 'source_type'], `source_type cannot change from ${source.source_type}`);
      }
      return store.dataSources.update(source.id, {
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        ...(custom_metadata !== undefined ? { custom_metadata } : {}),
        updated_at: now(),
      }) as S['DataSource'];
    }),
    http.delete('/api/v1/data-sources/{data_source_id}', ({ params }) => {
      if (!store.dataSources.delete(params.data_source_id)) return notFound('Data source');
      for (const d of store.pipelineDataSources.filter((p) => p.data_source_id === params.data_source_id))
        store.pipelineDataSources.delete(d.id);
      return noContent();
    }),

    // data sinks
    http.get('/api/v1/data-sinks', ({ query }) =>
      store.dataSinks.filter((d) => d.project_id === projectOf(query)),
    ),
    http.post('/api/v1/data-sinks', async ({ request, query }) => {
      const check = await checkBody(request, 'POST /api/v1/data-sinks');
      if (!check.ok) return unprocessable(check);
      return store.dataSinks.insert({
        ...(check.value as S['DataSinkCreate']),
        project_id: projectOf(query),
        created_at: now(),
        updated_at: now(),
      } as S['DataSink']);
    }),
    http.get(
      '/api/v1/data-sinks/{data_sink_id}',
      ({ params }) => store.dataSinks.get(params.data_sink_id) ?? notFound('Data sink'),
    ),
    http.put('/api/v1/data-sinks/{data_sink_id}', async ({ params, request }) => {
      const sink = store.dataSinks.get(params.data_sink_id);
      if (!sink) return notFound('Data sink');
      const check = await checkBody(request, 'PUT /api/v1/data-sinks/{data_sink_id}');
      if (!check.ok) return unprocessable(check);
      const { sink_type, name, component } = check.value as S['DataSinkUpdate'];
      return store.dataSinks.update(sink.id, {
        sink_type,
        ...(name ? { name } : {}),
        ...(component ? { component } : {}),
        updated_at: now(),
      }) as S['DataSink'];
    }),
    http.delete('/api/v1/data-sinks/{data_sink_id}', ({ params }) =>
      store.dataSinks.delete(params.data_sink_id) ? noContent() : notFound('Data sink'),
    ),

    // a pipeline's data sources and sinks
    http.get('/api/v1/pipelines/{pipeline_id}/data-sources', ({ params }) =>
      store.pipelines.has(params.pipeline_id)
        ? store.pipelineDataSources.filter((d) => d.pipeline_id === params.pipeline_id)
        : notFound('Pipeline'),
    ),
    http.put('/api/v1/pipelines/{pipeline_id}/data-sources', async ({ params, request }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const check = await checkBody(request, 'PUT /api/v1/pipelines/{pipeline_id}/data-sources');
      if (!check.ok) return unprocessable(check);
      const inputs = check.value as S['PipelineDataSourceCreate'][];
      const missing = inputs.find((i) => !store.dataSources.has(i.data_source_id));
      if (missing) return notFound(`Data source ${missing.data_source_id}`);
      return inputs.map((i) =>
        attach(
          params.pipeline_id,
          store.dataSources.get(i.data_source_id) as S['DataSource'],
          i.sync_interval,
        ),
      );
    }),
    http.put('/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}', async ({ params, request }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const source = store.dataSources.get(params.data_source_id);
      if (!source) return notFound('Data source');
      const check = await checkBody(
        request,
        'PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}',
      );
      if (!check.ok) return unprocessable(check);
      return attach(
        params.pipeline_id,
        source,
        (check.value as { sync_interval?: number | null }).sync_interval,
      );
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status', ({ params }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const attached = sourceIn(params.pipeline_id, params.data_source_id);
      if (!attached) return notFound('Pipeline data source');
      return { status: attached.status ?? 'NOT_STARTED', effective_at: attached.last_synced_at ?? null };
    }),
    http.post('/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync', ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      const attached = sourceIn(params.pipeline_id, params.data_source_id);
      if (!attached) return notFound('Pipeline data source');
      // The mock has no connector to read the source: the sync completes at once with nothing new.
      store.pipelineDataSources.update(attached.id, { status: 'SUCCESS', last_synced_at: now() });
      return pipeline;
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/data-sinks', ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      return pipeline.data_sink ? [pipeline.data_sink] : [];
    }),

    // jobs
    http.get('/api/v1/pipelines/{pipeline_id}/jobs', ({ params }) =>
      store.pipelines.has(params.pipeline_id)
        ? store.jobs.filter((j) => j.pipeline_id === params.pipeline_id).map(({ pipeline_id: _p, ...j }) => j)
        : notFound('Pipeline'),
    ),
    http.get('/api/v1/pipelines/{pipeline_id}/jobs/{job_id}', ({ params }) => {
      const job = store.jobs.get(params.job_id);
      if (!job || job.pipeline_id !== params.pipeline_id) return notFound('Job');
      const { pipeline_id: _p, ...record } = job;
      return record;
    }),
  ];
}
