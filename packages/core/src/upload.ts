/**
 * Request bodies for uploads: raw bytes and multipart forms, from whatever the caller holds, without
 * reading a stream into memory.
 */
import { UsageError } from './errors';
import { isOneShot, sendable } from './transport';

/** Anything that can be uploaded. Streams are sent as they are read and so cannot be retried. */
export type UploadSource =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | string
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

/** A file part with its name and type. */
export interface FilePart {
  data: UploadSource;
  filename?: string;
  contentType?: string;
}

/** A multipart field: text, a number or boolean, a file, or an object sent as JSON text. */
export type MultipartValue = string | number | boolean | Blob | FilePart | Record<string, unknown>;

function isFilePart(value: unknown): value is FilePart {
  return typeof value === 'object' && value !== null && 'data' in value && !(value instanceof Blob);
}

/**
 * A fetch body for raw-bytes uploads. Blobs, bytes and strings pass as they are (retryable); streams and
 * Node Readables become a ReadableStream read on demand (flat memory, not retryable).
 * @example await fetch(url, { method: 'PUT', body: toUploadBody(fs.createReadStream('big.csv')), duplex: 'half' });
 */
export function toUploadBody(source: UploadSource): BodyInit {
  if (isOneShot(source)) return sendable(source) as BodyInit;
  if (
    typeof source === 'string' ||
    source instanceof Blob ||
    source instanceof ArrayBuffer ||
    ArrayBuffer.isView(source)
  ) {
    return source as BodyInit;
  }
  throw new UsageError(
    `[@org/sdk-core] cannot upload a ${Object.prototype.toString.call(source)}; pass a Blob, File, bytes, a string, a ReadableStream or a Node Readable.`,
  );
}

/** Percent-escapes what the multipart grammar forbids in names (as browsers do). */
function escapeName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function bytesOf(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

type Entry = [name: string, value: string | FilePart];

function entries(fields: Record<string, MultipartValue | MultipartValue[] | undefined>): Entry[] {
  const out: Entry[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    if (raw === undefined) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        out.push([name, String(value)]);
      } else if (value instanceof Blob) {
        out.push([name, { data: value, filename: (value as File).name ?? 'blob', contentType: value.type }]);
      } else if (isFilePart(value)) {
        out.push([name, value]);
      } else {
        out.push([name, JSON.stringify(value)]);
      }
    }
  }
  return out;
}

/**
 * A multipart/form-data body. With only Blobs, bytes and text it is a FormData (retryable); with a stream
 * among the parts it is a ReadableStream that reads each stream as it is sent, with its Content-Type.
 * @example
 * const { body, contentType } = multipartBody({ upload_file: { data: stream, filename: 'a.pdf' }, meta: { lang: 'en' } });
 */
export function multipartBody(fields: Record<string, MultipartValue | MultipartValue[] | undefined>): {
  body: FormData | ReadableStream<Uint8Array>;
  /** Set it on the request when the body is a stream (a FormData sets its own). */
  contentType: string | undefined;
} {
  const list = entries(fields);
  if (!list.some(([, v]) => typeof v !== 'string' && isOneShot(v.data))) {
    const form = new FormData();
    for (const [name, value] of list) {
      if (typeof value === 'string') form.append(name, value);
      else {
        const data = value.data as Blob | ArrayBuffer | ArrayBufferView | string;
        const blob =
          data instanceof Blob && (!value.contentType || data.type === value.contentType)
            ? data
            : new Blob(
                [
                  typeof data === 'string'
                    ? data
                    : data instanceof Blob
                      ? data
                      : (bytesOf(data) as Uint8Array<ArrayBuffer>),
                ],
                {
                  type: value.contentType ?? (data instanceof Blob ? data.type : 'application/octet-stream'),
                },
              );
        form.append(name, blob, value.filename ?? 'blob');
      }
    }
    return { body: form, contentType: undefined };
  }
  const boundary = `----org-sdk-${crypto.randomUUID()}`;
  const encoder = new TextEncoder();
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (reader) {
        const { value, done } = await reader.read();
        if (!done) return controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
        reader = undefined;
        return controller.enqueue(encoder.encode('\r\n'));
      }
      const entry = list[index++];
      if (!entry) {
        controller.enqueue(encoder.encode(`--${boundary}--\r\n`));
        return controller.close();
      }
      const [name, value] = entry;
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === 'string') {
        return controller.enqueue(encoder.encode(`${head}\r\n\r\n${value}\r\n`));
      }
      head += `; filename="${escapeName(value.filename ?? 'blob')}"\r\nContent-Type: ${value.contentType ?? 'application/octet-stream'}\r\n\r\n`;
      controller.enqueue(encoder.encode(head));
      const source = toUploadBody(value.data);
      if (source instanceof ReadableStream) reader = source.getReader();
      else if (source instanceof Blob) reader = source.stream().getReader();
      else {
        const bytes = typeof source === 'string' ? encoder.encode(source) : bytesOf(source as ArrayBuffer);
        controller.enqueue(bytes);
        controller.enqueue(encoder.encode('\r\n'));
      }
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
