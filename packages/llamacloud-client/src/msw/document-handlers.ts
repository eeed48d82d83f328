import type { MockContext, MockDocument, Resolvers, S } from './context';
import { notFound } from './context';
import { chunkText } from './rank';

/** A pipeline's text documents: create, upsert, the paged list, get, delete, status and chunks. */
export function documentResolvers({ store }: MockContext): Resolvers {
  const docIn = (pipelineId: string, id: string) => {
    const doc = store.documents.get(id);
    return doc && doc.pipeline_id === pipelineId ? doc : undefined;
  };

  /** Stores the documents. With `replace` (upsert) a document whose id exists is replaced; otherwise an id already taken gets a fresh one. */
  function put(pipelineId: string, inputs: S['CloudDocumentCreate'][], replace: boolean) {
    if (!store.pipelines.has(pipelineId)) return notFound('Pipeline');
    return inputs.map(({ id, ...input }) => {
      const fields = { ...input, pipeline_id: pipelineId, status: 'NOT_STARTED' as const };
      const existing = id ? store.documents.get(id) : undefined;
      if (existing && replace) return store.documents.update(existing.id, fields) as MockDocument;
      return store.documents.insert({ ...fields, ...(id && !existing ? { id } : {}) } as MockDocument);
    });
  }

  return {
    createPipelineDocuments: ({ params, body }) => put(params.pipeline_id, body, false),
    upsertPipelineDocuments: ({ params, body }) => put(params.pipeline_id, body, true),
    listPipelineDocuments: ({ params, page }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const docs = store.documents.filter((d) => d.pipeline_id === params.pipeline_id);
      return page(docs, (p) => ({ offset: p.offset }));
    },
    getPipelineDocument: ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      return doc ?? notFound('Document');
    },
    deletePipelineDocument: ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      if (!doc) return notFound('Document');
      store.documents.delete(doc.id);
      return undefined;
    },
    getPipelineDocumentStatus: ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      return doc ? { status: doc.status } : notFound('Document');
    },
    getPipelineDocumentChunks: ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      if (!doc) return notFound('Document');
      return chunkText(doc.text).map((chunk, index) => ({
        id_: `${doc.id}_chunk_${index}`,
        text: chunk.text,
        extra_info: { ...doc.metadata, document_id: doc.id },
        start_char_idx: chunk.start,
        end_char_idx: chunk.end,
      }));
    },
  };
}
