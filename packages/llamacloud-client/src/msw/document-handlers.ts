import type { MockContext, MockDocument, Resolvers, S } from './context';
import { chunkText } from './rank';

/** A pipeline's text documents: create, upsert, the paged list, get, delete, status and chunks. */
export function documentResolvers({ store, pipelines, documents }: MockContext): Resolvers {
  /** Stores the documents. With `replace` (upsert) a document whose id exists is replaced; otherwise an id already taken gets a fresh one. */
  function put(pipelineId: string, inputs: S['CloudDocumentCreate'][], replace: boolean) {
    return inputs.map(({ id, ...input }) => {
      const fields = { ...input, pipeline_id: pipelineId, status: 'NOT_STARTED' as const };
      const existing = id ? store.documents.get(id) : undefined;
      if (existing && replace) return store.documents.update(existing.id, fields) as MockDocument;
      return store.documents.insert({ ...fields, ...(id && !existing ? { id } : {}) } as MockDocument);
    });
  }

  return {
    createPipelineDocuments: pipelines.with((p, { body }) => put(p.id, body, false)),
    upsertPipelineDocuments: pipelines.with((p, { body }) => put(p.id, body, true)),
    listPipelineDocuments: pipelines.with((_, { params, query, page }) =>
      page(documents.inScope(params, query)),
    ),
    getPipelineDocument: documents.get(),
    deletePipelineDocument: documents.remove(),
    getPipelineDocumentStatus: documents.with((doc) => ({ status: doc.status })),
    getPipelineDocumentChunks: documents.with((doc) =>
      chunkText(doc.text).map((chunk, index) => ({
        id_: `${doc.id}_chunk_${index}`,
        text: chunk.text,
        extra_info: { ...doc.metadata, document_id: doc.id },
        start_char_idx: chunk.start,
        end_char_idx: chunk.end,
      })),
    ),
  };
}
