import { HttpResponse, http } from 'msw';

// The presigned storage endpoint an upload session hands out (S3's POST-policy upload), served under the
// mock's own base URL. It is not in deepset's spec, so it is an untyped handler in front of the engine's.

/** What the storage endpoint refuses (`reject.add('big.pdf')`) and how many uploads it first redirects (307). */
export interface MockStorage {
  reject: Set<string>;
  redirects: number;
}

/** A file as the storage endpoint received it, waiting for ingestion. */
export interface ReceivedFile {
  name: string;
  text: string;
  size: number;
  meta?: Record<string, unknown>;
}

/** The upload session as storage sees it: its policy fields and what it received so far. */
interface StorageSession {
  status: string;
  fields: Record<string, string>;
  received: ReceivedFile[];
}

const s3Error = (status: number, code: string, message?: string) =>
  new HttpResponse(`<Error><Code>${code}</Code>${message ? `<Message>${message}</Message>` : ''}</Error>`, {
    status,
  });

/**
 * The storage handler: checks the session's policy fields as S3 does (no Authorization header, every
 * field as signed, an open session), then hands the file to `receive`.
 * @example handlers.unshift(storageHandler(baseUrl, storage, (id) => store.sessions.get(id), receive))
 */
export function storageHandler(
  baseUrl: string,
  storage: MockStorage,
  session: (id: string) => StorageSession | undefined,
  receive: (sessionId: string, file: ReceivedFile) => void,
) {
  return http.post(`${baseUrl}/__storage/upload/:session_id`, async ({ request, params }) => {
    const id = String(params.session_id);
    const s = session(id);
    if (!s) return s3Error(404, 'NoSuchUpload');
    if (request.headers.has('authorization'))
      return s3Error(400, 'InvalidArgument', 'Only one auth mechanism allowed');
    if (storage.redirects > 0 && !new URL(request.url).searchParams.has('hop')) {
      storage.redirects--;
      return new HttpResponse(null, {
        status: 307,
        headers: { location: `${baseUrl}/__storage/upload/${id}?hop=1` },
      });
    }
    if (s.status !== 'OPEN') return s3Error(403, 'AccessDenied', 'Session closed');
    const form = await request.formData();
    for (const [k, v] of Object.entries(s.fields)) {
      if (form.get(k) !== v) return s3Error(403, 'AccessDenied', `field ${k} missing or wrong`);
    }
    const file = form.get('file');
    if (!(file instanceof Blob)) return s3Error(400, 'InvalidArgument', 'file missing');
    const name = (file as File).name;
    if (storage.reject.has(name)) return s3Error(400, 'EntityTooLarge');
    receive(id, { name, text: await file.text(), size: file.size });
    return new HttpResponse(null, { status: 204 });
  });
}
