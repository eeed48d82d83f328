import { byQuery, type NewRecord } from '@org/sdk-core/msw';
import type { MockContext, Resolvers, S, Status } from './context';
import { notFound } from './context';

/** A pipeline's files: the paged and unpaged lists, add, update, remove, status and status counts. */
export function pipelineFileResolvers({ store, now, pipelines, pipelineFile }: MockContext): Resolvers {
  const listed = byQuery<S['PipelineFile']>({
    data_source_id: 'data_source_id',
    only_manually_uploaded: (f, value) => value !== 'true' || !f.data_source_id,
    file_name_contains: { field: 'name', match: 'contains' },
  });
  /** The pipeline's files under the filters both lists and the counts take. */
  function filesOf(pipelineId: string, query: URLSearchParams) {
    return store.pipelineFiles.filter((f) => f.pipeline_id === pipelineId && listed(f, query));
  }
  const fileIn = (pipelineId: string, fileId: string) =>
    store.pipelineFiles.find((f) => f.pipeline_id === pipelineId && f.file_id === fileId);

  return {
    listPipelineFiles: pipelines.with((p, { query, page }) => page(filesOf(p.id, query))),
    listPipelineFilesUnpaged: pipelines.with((p, { query }) => filesOf(p.id, query)),
    getPipelineFileStatusCounts: pipelines.with((p, { query }) => {
      const files = filesOf(p.id, query);
      const counts: Record<string, number> = {};
      for (const f of files) counts[f.status ?? 'NOT_STARTED'] = (counts[f.status ?? 'NOT_STARTED'] ?? 0) + 1;
      return {
        counts,
        total_count: files.length,
        pipeline_id: p.id,
        data_source_id: query.get('data_source_id'),
        only_manually_uploaded: query.get('only_manually_uploaded') === 'true',
      };
    }),
    addFilesToPipeline: pipelines.with((pipeline, { body: inputs }) => {
      const missing = inputs.find((i) => !store.files.has(i.file_id));
      if (missing) return notFound(`File ${missing.file_id}`);
      return inputs.map((input) => {
        const file = store.files.get(input.file_id) as NonNullable<ReturnType<typeof store.files.get>>;
        const record: NewRecord<S['PipelineFile']> = {
          pipeline_id: pipeline.id,
          file_id: file.id,
          name: file.name,
          file_size: file.file_size ?? null,
          file_type: file.file_type ?? null,
          external_file_id: file.external_file_id,
          project_id: pipeline.project_id,
          custom_metadata: input.custom_metadata ?? {},
          status: 'NOT_STARTED',
          status_updated_at: now(),
          updated_at: now(),
        };
        const existing = fileIn(pipeline.id, file.id);
        return existing
          ? (store.pipelineFiles.update(existing.id, record) ?? existing)
          : store.pipelineFiles.insert({ ...record, created_at: now() });
      });
    }),
    updatePipelineFile: pipelineFile((pf, { body }) =>
      store.pipelineFiles.update(pf.id, { custom_metadata: body.custom_metadata ?? {}, updated_at: now() }),
    ),
    deletePipelineFile: pipelineFile((pf) => void store.pipelineFiles.delete(pf.id)),
    getPipelineFileStatus: pipelineFile((pf) => ({
      status: (pf.status ?? 'NOT_STARTED') as Status,
      effective_at: pf.status_updated_at ?? null,
    })),
  };
}
