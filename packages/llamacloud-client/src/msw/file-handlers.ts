import { byQuery, defineResource } from '@org/sdk-core/msw';
import type { MockContext, MockFile, Resolvers, S } from './context';
import { invalid, notFound } from './context';

/** The beta routes' view of a stored file (cut to the schema by projectAnswers). */
const betaRecord = (file: MockFile): S['BetaFile'] => ({
  ...file,
  purpose: file.purpose ?? null,
  file_type: file.file_type ?? null,
  last_modified_at: file.updated_at ?? null,
});

/**
 * Files through both routes: the classic `/api/v1/files` (multipart `upload_file`) and the beta
 * `/api/v1/beta/files` (multipart `file` + `purpose`, cursor-paged list, presigned content URL).
 */
export function fileResolvers({ store, clock, stamp, projectOf }: MockContext): Resolvers {
  /** Reads one multipart upload; a Response when the form or its file part is missing. */
  async function readUpload(request: Request, field: string) {
    const form = await request.formData().catch(() => undefined);
    if (!form) return { error: invalid(['body'], 'Expected multipart/form-data', 'value_error') };
    const upload = form.get(field);
    if (!(upload instanceof Blob)) return { error: invalid(['body', field], 'Field required', 'missing') };
    return { form, upload };
  }

  function saveUpload(upload: Blob, project: string, externalId: string | null, purpose?: string) {
    const name = (upload as File).name || 'upload';
    return upload.text().then((text) =>
      store.files.insert({
        name,
        text,
        purpose: purpose ?? null,
        file_size: upload.size,
        file_type: name.includes('.') ? name.split('.').pop() : upload.type || null,
        // The API keeps the caller's id, else the file name.
        external_file_id: externalId ?? name,
        project_id: project,
        ...stamp(),
      } as MockFile),
    );
  }

  const files = defineResource(store.files, { param: 'file_id', notFound: () => notFound('File') });
  /** Deleting a file takes it out of every pipeline. */
  const remove = files.remove({
    cascade: (file) => {
      for (const pf of store.pipelineFiles.filter((f) => f.file_id === file.id))
        store.pipelineFiles.delete(pf.id);
    },
  });

  return {
    uploadFile: async ({ request, query }) => {
      const read = await readUpload(request, 'upload_file');
      if ('error' in read) return read.error;
      return saveUpload(read.upload, projectOf(query), query.get('external_file_id'));
    },
    listFiles: ({ query }) => store.files.filter((f) => f.project_id === projectOf(query)),
    getFile: files.get(),
    deleteFile: remove,

    createBetaFile: async ({ request, query }) => {
      const read = await readUpload(request, 'file');
      if ('error' in read) return read.error;
      const purpose = read.form.get('purpose');
      if (typeof purpose !== 'string' || !purpose)
        return invalid(['body', 'purpose'], 'Field required', 'missing');
      const external = read.form.get('external_file_id');
      const file = await saveUpload(
        read.upload,
        projectOf(query),
        typeof external === 'string' ? external : null,
        purpose,
      );
      return betaRecord(file);
    },
    listBetaFiles: ({ query, page }) => {
      const inQuery = byQuery({
        file_name: 'name',
        external_file_id: 'external_file_id',
        file_ids: { field: 'id', list: 'repeat' },
      });
      const found = store.files.filter((f) => f.project_id === projectOf(query) && inQuery(f, query));
      return page(found.map(betaRecord));
    },
    getBetaFile: files.with(betaRecord),
    deleteBetaFile: remove,
    getBetaFileContent: files.with((_, { query, request }) => {
      const seconds = Number(query.get('expires_at_seconds') ?? 3600); // the engine checked it
      // Not a real presigned URL: a link back to this mock, which does not serve file bytes.
      const url = new URL(`${new URL(request.url).pathname}`, request.url);
      url.searchParams.set('signature', 'mock');
      return { url: url.toString(), expires_at: new Date(clock.peekMs() + seconds * 1000).toISOString() };
    }),
  };
}
