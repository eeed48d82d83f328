import { isPageError, pageByOffset } from '@org/sdk-core/msw';
import type { MockContext, MockDocument, S } from './context';
import { badQuery, noContent, notFound, unprocessable } from './context';
import { chunkText } from './rank';

/** The API's view of a stored document. */
const record = ({ pipeline_id: _p, status: _s, ...doc }: MockDocument): S['CloudDocument'] => doc;

/** A pipeline's text documents: create, upsert, the paged list, get, delete, status and chunks. */
export function createDocumentHandlers({ http, store, checkBody }: MockContext) {
  const docIn = (pipelineId: string, id: string) => {
    const doc = store.documents.get(id);
    return doc && doc.pipeline_id === pipelineId ? doc : undefined;
  };

  /** Stores the documents. With `replace` (upsert) a document whose id exists is replaced; otherwise an id already taken gets a fresh one. */
  function put(pipelineId: string, inputs: S['CloudDocumentCreate'][], replace: boolean) {
    return inputs.map(({ id, ...input }) => {
      const fields = { ...input, pipeline_id: pipelineId, status: 'NOT_STARTED' as const };
      const existing = id ? store.documents.get(id) : undefined;
      if (existing && replace) return record(store.documents.update(existing.id, fields) as MockDocument);
      return record(
        store.documents.insert({ ...fields, ...(id && !existing ? { id } : {}) } as MockDocument),
      );
    });
  }

  function write(method: 'POST' | 'PUT') {
    return async ({ params, request }: { params: { pipeline_id: string }; request: Request }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const check = await checkBody(request, `${method} /api/v1/pipelines/{pipeline_id}/documents`);
      if (!check.ok) return unprocessable(check);
      return put(params.pipeline_id, check.value as S['CloudDocumentCreate'][], method === 'PUT');
    };
  }

  return [
    http.post('/api/v1/pipelines/{pipeline_id}/documents', write('POST')),
    http.put('/api/v1/pipelines/{pipeline_id}/documents', write('PUT')),
    http.get('/api/v1/pipelines/{pipeline_id}/documents/paginated', ({ params, query }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const docs = store.documents.filter((d) => d.pipeline_id === params.pipeline_id);
      const page = pageByOffset(docs, {
        offset: query.get('skip'),
        limit: query.get('limit'),
        defaultLimit: 100,
        maxLimit: 1000,
      });
      if (isPageError(page))
        return badQuery(page.error.param === 'offset' ? 'skip' : page.error.param, page.error.message);
      return { documents: page.items.map(record), total_count: page.total, offset: page.offset };
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/documents/{document_id}', ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      return doc ? record(doc) : notFound('Document');
    }),
    http.delete('/api/v1/pipelines/{pipeline_id}/documents/{document_id}', ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      if (!doc) return notFound('Document');
      store.documents.delete(doc.id);
      return noContent();
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status', ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      return doc ? { status: doc.status } : notFound('Document');
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks', ({ params }) => {
      const doc = docIn(params.pipeline_id, params.document_id);
      if (!doc) return notFound('Document');
      return chunkText(doc.text).map((chunk, index) => ({
        id_: `${doc.id}_chunk_${index}`,
        text: chunk.text,
        extra_info: { ...doc.metadata, document_id: doc.id },
        start_char_idx: chunk.start,
        end_char_idx: chunk.end,
      }));
    }),
  ];
}
