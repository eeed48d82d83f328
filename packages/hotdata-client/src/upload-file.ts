import { type UploadRequestOptions, type UploadSource, UsageError } from '@org/sdk-core';
import { uploadFileLimits } from './generated/limits';
import type { Resources, UploadsUploadResponse } from './generated/resources';

/** How `uploadFile` sends the bytes; `onUploadProgress` reports them as they are sent (core's README, "Upload progress"). */
export interface UploadFileOptions extends UploadRequestOptions {
  /** The file's type, sent as Content-Type. @default the Blob's own type, else `application/octet-stream` */
  contentType?: string | undefined;
  /**
   * Upload with `?streaming=true`, which the server streams to disk (up to 20 GB, vs 2 GB held in memory).
   * @default true for streams (their size is unknown) and for bodies of 64 MiB or more
   */
  streaming?: boolean | undefined;
}

/** Bodies at least this large go with `?streaming=true`, so the server never holds them in memory. */
export const STREAMING_THRESHOLD = 64 * 1024 * 1024;
// The most the server takes (a streamed upload), from the spec's `x-sdk-max-bytes`.
const MAX_STREAMING_BYTES = uploadFileLimits.body.maxBytes;
// A streamed upload of gigabytes outlasts the client's per-attempt timeout (60 s), which covers the body.
const STREAMING_TIMEOUT = 60 * 60_000;

/** The byte size of a body when it can be known without reading it; undefined for streams. */
function sizeOf(source: UploadSource): number | undefined {
  if (typeof source === 'string') return new Blob([source]).size;
  return source instanceof Blob ? source.size : (source as { byteLength?: number }).byteLength;
}

/** The raw-bytes upload flow, with the streaming switch. */
export function createUploadFlows(resources: Resources) {
  /**
   * Uploads a file's raw bytes (`POST /v1/files`) from a File, Blob, bytes, a string, a web ReadableStream
   * or a Node Readable. Streams are sent as they are read, never held in memory, with `?streaming=true`;
   * so are bodies of 64 MiB or more. Streams cannot be sent twice, so they are not retried.
   * @example
   * const upload = await hotdata.uploadFile(fs.createReadStream('events.csv'), { contentType: 'text/csv' });
   */
  function uploadFile(source: UploadSource, options: UploadFileOptions = {}): Promise<UploadsUploadResponse> {
    const { contentType, streaming, ...request } = options;
    const size = sizeOf(source);
    if (size !== undefined && size > MAX_STREAMING_BYTES) {
      throw new UsageError(
        `[@org/hotdata-client] the upload is ${size} bytes; Hotdata takes at most 20 GB per file: split it.`,
      );
    }
    // A size that cannot be known without reading means a stream: possibly far larger than memory.
    const stream = streaming ?? (size === undefined || size >= STREAMING_THRESHOLD);
    const type = contentType ?? ((source instanceof Blob && source.type) || 'application/octet-stream');
    return resources.uploads.upload(
      source,
      { streaming: stream || undefined },
      {
        ...request,
        timeout: request.timeout ?? (stream ? STREAMING_TIMEOUT : undefined),
        headers: { ...request.headers, 'Content-Type': type },
      },
    );
  }

  return { uploadFile };
}
