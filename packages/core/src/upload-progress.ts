/**
 * Upload progress: a request body wrapped in a ReadableStream that counts bytes as fetch pulls them, so
 * what is reported is what the transport has actually read, not what the caller handed over.
 */
import { UsageError } from './errors';

/** One progress report of an upload. */
export interface UploadProgress {
  /** Bytes of the body read by the transport so far, in this attempt. */
  loaded: number;
  /** The body's size, when it is known without reading it (Blob, File, bytes, string, a form without streams). */
  total?: number | undefined;
  /**
   * The attempt these bytes belong to, from 1. Each attempt starts with a `{ loaded: 0 }` report: one with
   * `attempt` 2 or more means the upload was retried and started over from the first byte.
   */
  attempt: number;
}

/** Called with each progress report; a handler that throws is ignored and never breaks the upload. */
export type UploadProgressHandler = (progress: UploadProgress) => void;

/** Per-call option of every upload method. */
export interface UploadProgressOptions {
  /**
   * Reports the bytes of the request body as the transport reads them: `{ loaded: 0 }` when an attempt
   * starts, then at least 64 KiB or 100 ms apart, and once `loaded` is the whole body. Setting it sends the
   * body as a stream: a redirect answer to the upload then fails rather than being followed.
   * @example await client.uploadFile(file, { onUploadProgress: ({ loaded, total }) => bar.update(loaded / total!) });
   */
  onUploadProgress?: UploadProgressHandler | undefined;
}

/** Reports are at least this many bytes apart... */
const STEP_BYTES = 64 * 1024;
/** ...or this many ms apart, whichever comes first; the last one always goes out. */
const STEP_MS = 100;
/** Larger chunks are handed to fetch in pieces of this size, so a 50 MB Blob is not one report. */
const PIECE = 64 * 1024;

function bytesOf(body: ArrayBuffer | ArrayBufferView): Uint8Array {
  return body instanceof ArrayBuffer
    ? new Uint8Array(body)
    : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/** The body's bytes as a stream and its size when known; a FormData body is encoded here, with its boundary. */
function source(body: BodyInit): {
  stream: ReadableStream<Uint8Array>;
  total: number | undefined;
  contentType?: string | undefined;
} {
  if (typeof body === 'string') body = new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = bytesOf(body);
    return { stream: new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(), total: bytes.byteLength };
  }
  if (body instanceof Blob) return { stream: body.stream(), total: body.size };
  if (body instanceof ReadableStream) return { stream: body, total: undefined };
  if (body instanceof URLSearchParams) return source(body.toString());
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    // The multipart encoding fetch would send, boundary and all: its bytes are what is counted.
    const encoded = new Response(body);
    return {
      stream: encoded.body!,
      total: undefined,
      contentType: encoded.headers.get('content-type') ?? undefined,
    };
  }
  throw new UsageError(
    `[@org/sdk-core] onUploadProgress cannot count a ${Object.prototype.toString.call(body)} body.`,
  );
}

/**
 * Wraps a request body so that `onProgress` hears of its bytes as fetch reads them. Returns the body to
 * send (always a stream: send it with `duplex: 'half'`), its size when known (for Content-Length, which a
 * stream would otherwise go without) and, for a FormData body, the Content-Type with the boundary used.
 * Use one per attempt: a retried attempt reports from `{ loaded: 0, attempt }` again.
 * @example
 * const { body, total } = trackUpload(file, 1, ({ loaded }) => console.log(loaded));
 * await fetch(url, { method: 'PUT', body, duplex: 'half', headers: { 'Content-Length': String(total) } });
 */
export function trackUpload(
  body: BodyInit,
  attempt: number,
  onProgress: UploadProgressHandler,
  now: () => number = () => performance.now(),
): { body: ReadableStream<Uint8Array>; total: number | undefined; contentType: string | undefined } {
  const { stream, total, contentType } = source(body);
  const report = (loaded: number) => {
    try {
      onProgress(total === undefined ? { loaded, attempt } : { loaded, total, attempt });
    } catch {
      // A progress bar that fails must not fail the upload.
    }
  };
  const reader = stream.getReader();
  let loaded = 0;
  let reported = 0;
  let reportedAt = now();
  let rest: Uint8Array | undefined;
  report(0);
  const counted = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk = rest;
        rest = undefined;
        while (!chunk?.byteLength) {
          const { value, done } = await reader.read();
          if (done) {
            // The final report, unless the last piece already said so (and unless there was nothing to send
            // beyond the opening `{ loaded: 0 }`).
            if (loaded !== reported) report(loaded);
            return controller.close();
          }
          chunk = typeof value === 'string' ? new TextEncoder().encode(value) : bytesOf(value);
        }
        if (chunk.byteLength > PIECE) {
          rest = chunk.subarray(PIECE);
          chunk = chunk.subarray(0, PIECE);
        }
        loaded += chunk.byteLength;
        controller.enqueue(chunk);
        const at = now();
        // The whole of a known size is reported at once; an unknown size's end is reported when the source ends.
        if (loaded === total || loaded - reported >= STEP_BYTES || at - reportedAt >= STEP_MS) {
          reported = loaded;
          reportedAt = at;
          report(loaded);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    // Nothing is read ahead of fetch: a byte is counted when the transport takes it.
    { highWaterMark: 0 },
  );
  return { body: counted, total, contentType };
}
