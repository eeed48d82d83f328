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
  filename?: string | undefined;
  contentType?: string | undefined;
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

/** A part: its name, and its text (with the Content-Type the spec gives it, if any) or its file. */
type Entry = [name: string, value: string | FilePart, type?: string];

/**
 * The Content-Type a part goes out with, by the spec's `encoding` (`ranges`: one or a comma-separated list
 * of media ranges): the part's own type when it is one of them, else the first concrete one. Without a
 * concrete one (`*\/*`), a file keeps its own type and text stays text/plain.
 */
function partType(own: string, ranges: string | undefined): string {
  if (!ranges) return own;
  const list = ranges.split(/\s*,\s*/);
  const base = own.split(';')[0]!;
  const allowed = list.some(
    (range) =>
      range === base || range === '*/*' || (range.endsWith('/*') && base.startsWith(range.slice(0, -1))),
  );
  return allowed ? own : (list.find((range) => !range.includes('*')) ?? own);
}

function entries(
  fields: Record<string, MultipartValue | MultipartValue[] | undefined>,
  encoding: Readonly<Record<string, string>>,
): Entry[] {
  const out: Entry[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    if (raw === undefined) continue;
    const ranges = encoding[name];
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (value instanceof Blob || isFilePart(value)) {
        const file =
          value instanceof Blob ? { data: value, filename: (value as File).name ?? 'blob' } : value;
        const own = file.contentType || (file.data instanceof Blob ? file.data.type : '');
        out.push([name, { ...file, contentType: partType(own, ranges) }]);
      } else {
        // Text, and an object as JSON text: text/plain unless the spec names another type (a JSON part).
        const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
        out.push([name, text, partType('text/plain', ranges)]);
      }
    }
  }
  return out;
}

/**
 * A multipart/form-data body, encoded here rather than by FormData so that one encoder serves both cases:
 * with only Blobs, bytes and text it is a Blob of the parts (lazy, not copied from Blobs, and retryable);
 * with a stream among the parts it is a ReadableStream that reads each stream as it is sent. `encoding`
 * gives parts the Content-Type the spec names for them (OpenAPI's `encoding.<part>.contentType`, generated
 * from it): a text part of another type says so, and a file whose own type is not one the spec allows is
 * sent as the spec's.
 * @example
 * const { body, contentType } = multipartBody({ upload_file: { data: stream, filename: 'a.pdf' }, meta: { lang: 'en' } });
 * multipartBody({ files: [file], custom_data: { customer: 'acme' } }, { custom_data: 'application/json' });
 */
export function multipartBody(
  fields: Record<string, MultipartValue | MultipartValue[] | undefined>,
  encoding: Readonly<Record<string, string>> = {},
): {
  body: Blob | ReadableStream<Uint8Array>;
  /** The Content-Type to send, with the boundary. */
  contentType: string;
} {
  const boundary = `----org-sdk-${crypto.randomUUID()}`;
  // Text of the envelope and the parts' data, in order.
  const pieces: (string | UploadSource)[] = [];
  let streamed = false;
  for (const [name, value, type] of entries(fields, encoding)) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    // A text part without a Content-Type is text/plain (RFC 7578): only another type is written out.
    if (typeof value === 'string') {
      pieces.push(
        `${head}${type && type !== 'text/plain' ? `\r\nContent-Type: ${type}` : ''}\r\n\r\n${value}\r\n`,
      );
    } else {
      const data = toUploadBody(value.data);
      streamed ||= data instanceof ReadableStream;
      pieces.push(
        `${head}; filename="${escapeName(value.filename ?? 'blob')}"\r\nContent-Type: ${value.contentType || 'application/octet-stream'}\r\n\r\n`,
        data as UploadSource,
        '\r\n',
      );
    }
  }
  pieces.push(`--${boundary}--\r\n`);
  const contentType = `multipart/form-data; boundary=${boundary}`;
  if (!streamed) return { body: new Blob(pieces as BlobPart[]), contentType };
  const encoder = new TextEncoder();
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Every pull enqueues something or closes: a pull that returns empty-handed is not called again.
      for (;;) {
        if (reader) {
          const { value, done } = await reader.read();
          if (!done) return controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
          reader = undefined;
        }
        if (index === pieces.length) return controller.close();
        const piece = pieces[index++];
        if (piece instanceof ReadableStream) reader = piece.getReader();
        else if (piece instanceof Blob) reader = piece.stream().getReader();
        else {
          return controller.enqueue(
            typeof piece === 'string' ? encoder.encode(piece) : bytesOf(piece as ArrayBuffer),
          );
        }
      }
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
  return { body, contentType };
}
