import {
  type FilePart,
  type PollOptions,
  type RequestOptions,
  type UploadProgress,
  type UploadSource,
  waitFor,
} from '@org/sdk-core';
import { multipartBody, pollSettings, trackUpload } from '@org/sdk-core/internal';
import type { Resources, UploadSessionsGetResponse } from './generated/resources';
import type { components } from './generated/schema';

/** One file for an upload session. */
export interface SessionFile {
  /** The file name deepset stores it under. */
  name: string;
  /** The bytes: a File, Blob, bytes, string, or a web/Node stream. */
  data: UploadSource | File;
  /** Metadata; sent as the `<name>.meta.json` sidecar deepset reads during ingestion. */
  meta?: Record<string, unknown> | undefined;
}

/** Options of `uploadFiles`; the wait (`timeout`, `pollInterval`, `onProgress`, `signal`) is core's PollOptions. */
export interface UploadSessionOptions extends PollOptions<UploadSessionsGetResponse> {
  /** What to do with a file whose name exists. @default 'KEEP' */
  writeMode?: components['schemas']['WriteMode'] | undefined;
  /** Ingest files in parallel on deepset's side. @default false */
  parallelProcessing?: boolean | undefined;
  /** Files uploaded at once to storage. @default 8 */
  concurrency?: number | undefined;
  /** Wait for ingestion after closing. @default true */
  wait?: boolean | undefined;
  /** The workspace, when not the client's. */
  workspace?: string | undefined;
  /** A fetch for the storage uploads (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Stops the uploads and the wait. */
  signal?: AbortSignal | undefined;
  /**
   * Reports each file's bytes as they are sent to storage, named by `file` (core's README, "Upload
   * progress"); a redirect that sends a file again starts it over from `{ loaded: 0, attempt: 2 }`.
   * @example await deepset.uploadFiles(files, { onUploadProgress: (p) => console.log(p.file, p.loaded, p.total) });
   */
  onUploadProgress?: ((progress: FileUploadProgress) => void) | undefined;
}

/** A progress report of one file of an upload session. */
export interface FileUploadProgress extends UploadProgress {
  /** The file's name, as in `SessionFile.name`. */
  file: string;
}

/** What `uploadFiles` did. */
export interface UploadSessionResult {
  sessionId: string;
  /** Names of the files storage accepted (sidecars not counted). */
  uploaded: string[];
  /** Files storage refused; they are not part of ingestion. */
  failedUploads: { name: string; status: number | undefined; error: string }[];
  /** The last ingestion status (finished + failed = uploaded.length once waited). */
  status: UploadSessionsGetResponse | undefined;
}

const MAX_REDIRECTS = 3;

/** POSTs one form to the presigned storage URL; 307/308 are followed by hand so every runtime sends the form again. */
async function postToStorage(
  doFetch: typeof fetch,
  url: string,
  fields: Record<string, string>,
  name: string,
  file: FilePart,
  signal: AbortSignal | undefined,
  onProgress?: (progress: FileUploadProgress) => void,
): Promise<void> {
  let target = url;
  for (let hop = 0; ; hop++) {
    // A fresh form per hop: a streamed body cannot be replayed, so the source must be re-readable to redirect.
    const form = multipartBody({ ...fields, file });
    let body: BodyInit = form.body;
    const headers: Record<string, string> = { 'Content-Type': form.contentType };
    if (onProgress) {
      const tracked = trackUpload(form.body, hop + 1, (p) => onProgress({ ...p, file: name }));
      body = tracked.body;
      if (tracked.total !== undefined) headers['Content-Length'] = String(tracked.total);
    }
    // No Authorization header: the presigned fields are the credential, and storage must never see the API key.
    const response = await doFetch(target, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    const location = response.headers.get('location');
    if ((response.status === 307 || response.status === 308) && location && hop < MAX_REDIRECTS) {
      await response.body?.cancel();
      target = new URL(location, target).toString();
      continue;
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw Object.assign(new Error(`storage refused ${name}: ${response.status} ${text.slice(0, 200)}`), {
        status: response.status,
      });
    }
    await response.body?.cancel();
    return;
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await task(items[next++] as T);
  });
  await Promise.all(workers);
}

/** The upload-session flow: create, upload to storage, close, wait for ingestion. */
export function createUploadSessionFlow(resources: Resources, baseFetch: typeof fetch | undefined) {
  /**
   * Uploads many files through an upload session: creates the session, posts each file (and its metadata
   * sidecar) to the presigned storage URL a bounded number at a time, closes the session, and waits until
   * deepset has finished or failed every file sent. Files storage refuses are reported, not thrown.
   * @example
   * const { uploaded, status } = await deepset.uploadFiles([
   *   { name: 'a.txt', data: 'Alpha', meta: { lang: 'en' } },
   *   { name: 'b.pdf', data: fs.createReadStream('b.pdf') },
   * ]);
   */
  async function uploadFiles(
    files: SessionFile[],
    options: UploadSessionOptions = {},
  ): Promise<UploadSessionResult> {
    const ws = { workspace_name: options.workspace };
    const request: RequestOptions = { signal: options.signal };
    const session = await resources.uploadSessions.create(
      {
        write_mode: options.writeMode ?? 'KEEP',
        parallel_processing_enabled: options.parallelProcessing ?? false,
        ...ws,
      },
      request,
    );
    const { url, fields } = session.aws_prefixed_request_config;
    const doFetch = options.fetch ?? baseFetch ?? globalThis.fetch;
    const uploaded: string[] = [];
    const failedUploads: UploadSessionResult['failedUploads'] = [];
    await eachLimited(files, options.concurrency ?? 8, async (file) => {
      try {
        // The content type is a Blob's own, else application/octet-stream (core's multipart encoder decides).
        const part: FilePart = { data: file.data, filename: file.name };
        await postToStorage(doFetch, url, fields, file.name, part, options.signal, options.onUploadProgress);
        if (file.meta) {
          const sidecar = `${file.name}.meta.json`;
          const metaPart: FilePart = {
            data: JSON.stringify(file.meta),
            filename: sidecar,
            contentType: 'application/json',
          };
          await postToStorage(doFetch, url, fields, sidecar, metaPart, options.signal);
        }
        uploaded.push(file.name);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const e = error as Error & { status?: number };
        failedUploads.push({ name: file.name, status: e.status, error: e.message });
      }
    });
    await resources.uploadSessions.close(session.session_id, { status: 'CLOSED', ...ws }, request);
    const result: UploadSessionResult = {
      sessionId: session.session_id,
      uploaded,
      failedUploads,
      status: undefined,
    };
    if (options.wait === false) return result;
    result.status = await waitFor(
      (signal) => resources.uploadSessions.get(session.session_id, ws, { signal, requireBody: true }),
      {
        description: `ingestion of upload session ${session.session_id}`,
        done: (s) => s.ingestion_status.finished_files + s.ingestion_status.failed_files >= uploaded.length,
        ...pollSettings(options),
      },
    );
    return result;
  }
  return { uploadFiles };
}
