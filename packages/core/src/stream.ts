/**
 * Server-Sent Events and NDJSON response bodies as typed async iterables. SSE framing is
 * eventsource-parser's callback API (its TransformStream measured at half the speed); items parsed from one
 * chunk are queued and handed out without a promise hop each.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { onAbort } from './abort';
import { StreamError, UsageError } from './errors';

/** One Server-Sent Event as it arrived. `event` is `'message'` when the server named none. */
export interface SseMessage {
  event: string;
  data: string;
  id: string | undefined;
}

/** What the default SSE decoder yields: the event name, its JSON data, its id. */
export interface ServerSentEvent<Data = unknown> {
  event: string;
  data: Data;
  id: string | undefined;
}

/**
 * One item of a named-event SSE stream, from the spec's schema of its events (a union of `{ event, data }`
 * objects): each member with the `id` the stream adds, so that `switch (item.event)` narrows `data`. A
 * schema that is not such a union (no `event`, or an optional `data`) is a type error here.
 * @example
 * type ChatEvent = NamedServerSentEvent<{ event: 'token'; data: { text: string } } | { event: 'done'; data: null }>;
 * for await (const e of chat) if (e.event === 'token') console.log(e.data.text);
 */
export type NamedServerSentEvent<Events extends { event: string; data: unknown }> = Events extends unknown
  ? { event: Events['event']; data: Events['data']; id: string | undefined }
  : never;

/** How a streamed body is turned into items. */
export interface StreamOptions<T> {
  /**
   * Turns one SSE message (or NDJSON line) into the item yielded; return undefined to skip it. Default:
   * SSE yields `{ event, data: JSON.parse(data), id }`, NDJSON yields `JSON.parse(line)`. `'data'` yields
   * each SSE event's JSON data itself, on the same fast path as the default (no message object per event).
   */
  decode?: ((message: SseMessage) => T | undefined) | 'data' | undefined;
  /** Marks an SSE message as the server's error event, which ends the stream with a StreamError. @default event === 'error' */
  isError?: ((message: SseMessage) => boolean) | undefined;
  /** An SSE data value that ends the stream normally, e.g. `'[DONE]'`. */
  doneData?: string | undefined;
  /**
   * Marks a decoded item as the server's error, for APIs whose error events carry no name and say so in
   * their data: it ends the stream with a StreamError carrying the item. With `doneData` (OpenAI's
   * convention) it defaults to an item with an `error` object, as such servers send a failure mid-stream.
   */
  isErrorItem?: ((item: T) => boolean) | undefined;
  /** The item that completes a stream: one that ends without it ends with a StreamError (a cut between events). */
  isFinal?: ((item: T) => boolean) | undefined;
  /** Longest event or line accepted, in characters. @default 16 MiB */
  maxLineLength?: number | undefined;
  /** Stops the stream: iteration rejects with the signal's reason and the body is cancelled. */
  signal?: AbortSignal | undefined;
  /** Called once when the consumer stops early or aborts, so the owner can free the request. */
  onCancel?: (() => void) | undefined;
}

type Framer = { feed(text: string): void; end(): void };

/**
 * What a framer may do to its stream. Handed to the framer alone, so the stream's public face has no way
 * to push items or end it from outside.
 */
interface StreamSink<T> {
  /** Queues an item for the consumer; nothing after the end or an error is. */
  push(item: T): void;
  /** Ends the stream with an error (the first one wins; none after the stream ended normally). */
  fail(error: unknown): void;
  /** Ends the stream normally and stops reading the body. */
  done(): void;
}

const DEFAULT_LIMIT = 16 * 1024 * 1024;

function preview(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The StreamError for an error event the server sent, with its message when the data has one. */
function serverError(data: unknown): StreamError {
  const d = data as { message?: unknown; error?: { message?: unknown } | string } | null;
  const m = d?.message ?? (typeof d?.error === 'string' ? d.error : d?.error?.message);
  const text = typeof m === 'string' ? m : typeof data === 'string' ? data : undefined;
  return new StreamError(`The server sent an error event${text ? `: ${text}` : ''}`, { data });
}

/**
 * A single-use async iterable of items from a streamed response. Breaking out of `for await` cancels the
 * body (and so the connection); a cut or an error event ends it with a StreamError, never silently.
 */
export class EventStream<T> implements AsyncIterable<T> {
  /** The id of the last SSE event seen; send it as `Last-Event-ID` to resume. */
  lastEventId: string | undefined;
  /** The last reconnection delay the server sent (`retry:`), ms. */
  retry: number | undefined;

  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Items parsed from the current chunk: [#index, #size) are still to be handed out. The array is reused
  // from chunk to chunk: `length = 0` would drop its backing store and regrow it for every chunk.
  #queue: T[] = [];
  #index = 0;
  #size = 0;
  #finished = false;
  #error: unknown;
  #failed = false;
  #used = false;
  #cancelled = false;
  #framer: Framer;
  #options: StreamOptions<T>;
  #unlink: (() => void) | undefined;

  /** @internal Use sseStream() or ndjsonStream(). */
  constructor(
    response: Response,
    options: StreamOptions<T>,
    frame: (sink: StreamSink<T>, stream: EventStream<T>) => Framer,
  ) {
    this.#options = options;
    const sink: StreamSink<T> = {
      push: (item) => this.#push(item),
      fail: (error) => this.#fail(error),
      done: () => this.#done(),
    };
    this.#framer = frame(sink, this);
    if (!response.body) this.#fail(new StreamError('The streamed response has no body'));
    else this.#reader = response.body.getReader();
    const { signal } = options;
    if (signal?.aborted) this.#fail(signal.reason);
    else if (signal) {
      this.#unlink = onAbort(signal, () => {
        this.#fail(signal.reason);
        this.#stop(signal.reason);
      });
    }
  }

  #push(item: T): void {
    if (this.#finished) return;
    if (this.#options.isErrorItem?.(item)) this.#fail(serverError(item));
    else this.#queue[this.#size++] = item;
  }

  #fail(error: unknown): void {
    if (this.#failed || this.#finished) return;
    this.#failed = true;
    this.#error = error;
    this.#finish();
    // Nothing more will be read: let the connection go now, not when the response is collected (a server
    // still sending after an error event or an oversized line would otherwise keep its socket open).
    void this.#reader?.cancel(error).catch(() => {});
  }

  #done(): void {
    this.#finish();
    void this.#reader?.cancel().catch(() => {});
  }

  #finish(): void {
    this.#finished = true;
    this.#unlink?.();
  }

  #stop(reason?: unknown): void {
    if (!this.#cancelled) {
      this.#cancelled = true;
      this.#options.onCancel?.();
    }
    // Not awaited: a body's cancel may settle late (msw's mocked bodies on Node 20 settle only when the
    // Response is collected), and `break` must end the loop at once. Reading has stopped either way.
    void this.#reader?.cancel(reason).catch(() => {});
  }

  /** Stops reading: cancels the body and with it the request. */
  async cancel(reason?: unknown): Promise<void> {
    this.#finish();
    this.#stop(reason);
  }

  #decoder = new TextDecoder();

  #next(): Promise<IteratorResult<T, undefined>> {
    // Fast path: items already parsed from the last chunk need no async function frame each.
    if (this.#index < this.#size) {
      return Promise.resolve({ value: this.#queue[this.#index++] as T, done: false });
    }
    return this.#read();
  }

  async #read(): Promise<IteratorResult<T, undefined>> {
    const decoder = this.#decoder;
    for (;;) {
      if (this.#index < this.#size) {
        const value = this.#queue[this.#index++] as T;
        return { value, done: false };
      }
      // Items already handed out stay referenced until overwritten; an unusually large batch is let go.
      if (this.#size > 4096) this.#queue = [];
      this.#index = this.#size = 0;
      if (this.#finished) {
        if (this.#failed) throw this.#error;
        return { value: undefined, done: true };
      }
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await (this.#reader as ReadableStreamDefaultReader<Uint8Array>).read();
      } catch (cause) {
        if (!this.#failed) this.#fail(new StreamError('The connection was lost mid-stream', { cause }));
        continue;
      }
      if (this.#finished) continue;
      if (chunk.done) {
        const rest = decoder.decode();
        if (rest) this.#framer.feed(rest);
        this.#framer.end();
        this.#finish();
      } else {
        this.#framer.feed(decoder.decode(chunk.value, { stream: true }));
      }
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#used) {
      throw new UsageError(
        '[@org/sdk-core] a stream can be iterated only once; collect the items if you need them twice.',
      );
    }
    this.#used = true;
    return {
      next: () => this.#next(),
      return: async () => {
        await this.cancel();
        return { value: undefined, done: true };
      },
    };
  }
}

/** Runs `decode` and turns its failure into a StreamError that says which event was bad, and whether it was cut. */
function decodeOrFail<T>(
  sink: StreamSink<T>,
  decode: (message: SseMessage) => T | undefined,
  message: SseMessage,
  cut: boolean,
): T | undefined {
  try {
    return decode(message);
  } catch (cause) {
    sink.fail(malformed(message, cut, cause));
    return undefined;
  }
}

function malformed(message: SseMessage, cut: boolean, cause: unknown): StreamError {
  return new StreamError(
    cut
      ? `The stream ended mid-event (connection cut?); partial data: ${preview(message.data)}`
      : `Event "${message.event}" has malformed data: ${preview(message.data)}`,
    { cause },
  );
}

/**
 * Reads a `text/event-stream` response as typed items.
 * @example
 * for await (const { event, data } of sseStream(response, { doneData: '[DONE]' })) console.log(event, data);
 */
export function sseStream<T = ServerSentEvent>(
  response: Response,
  options: StreamOptions<T> = {},
): EventStream<T> {
  const { isFinal } = options;
  const dataOnly = options.decode === 'data';
  const custom = typeof options.decode === 'function' ? options.decode : undefined;
  if (options.doneData !== undefined && !options.isErrorItem) {
    options = {
      ...options,
      isErrorItem: (item) => typeof (item as { error?: unknown } | null)?.error === 'object',
    };
  }
  const { isError, doneData } = options;
  const limit = options.maxLineLength ?? DEFAULT_LIMIT;
  return new EventStream<T>(response, options, (sink, stream) => {
    let sawFinal = false;
    let ending = false;
    let partialLine = false;
    // The unterminated last line, to tell a cut mid-event from a clean end.
    let tail = '';
    let dispatched = 0;
    const parser = createParser({
      maxBufferSize: limit,
      onRetry: (ms) => {
        stream.retry = ms;
      },
      onError: (error) => {
        if (error.type === 'max-buffer-size-exceeded') {
          sink.fail(
            new StreamError(`An event exceeded ${limit} characters (maxLineLength)`, { cause: error }),
          );
        }
      },
      onEvent: (raw: EventSourceMessage) => {
        if (raw.id !== undefined) stream.lastEventId = raw.id;
        // `data` is always a string, so an unset `doneData` never matches.
        if (raw.data === doneData) {
          sawFinal = true;
          return sink.done();
        }
        const event = raw.event ?? 'message';
        // The default path builds one object per event (the item); the message object only when a hook needs it.
        const message: SseMessage | undefined =
          isError || custom ? { event, data: raw.data, id: raw.id } : undefined;
        if (isError ? isError(message as SseMessage) : event === 'error') {
          let data: unknown = raw.data;
          try {
            data = JSON.parse(raw.data);
          } catch {
            // An error event with plain-text data: keep the text.
          }
          return sink.fail(serverError(data));
        }
        dispatched++;
        let item: T | undefined;
        if (custom) item = decodeOrFail(sink, custom, message as SseMessage, ending && partialLine);
        else {
          try {
            const data = JSON.parse(raw.data);
            item = (dataOnly ? data : { event, data, id: raw.id }) as T;
          } catch (cause) {
            return sink.fail(malformed({ event, data: raw.data, id: raw.id }, ending && partialLine, cause));
          }
        }
        if (item === undefined) return;
        sink.push(item);
        if (isFinal?.(item)) sawFinal = true;
      },
    });
    return {
      feed(text) {
        // The last line break: a CR counts only after the last LF, and looking for one there first spares
        // lastIndexOf('\r') a scan of the whole chunk when the server sends plain LFs (measured: ~4% of a parse).
        const lf = text.lastIndexOf('\n');
        const nl = text.indexOf('\r', lf + 1) === -1 ? lf : text.lastIndexOf('\r');
        tail = nl === -1 ? tail + text : text.slice(nl + 1);
        partialLine = tail !== '';
        try {
          parser.feed(text);
        } catch (cause) {
          sink.fail(new StreamError('The event stream could not be parsed', { cause }));
        }
      },
      end() {
        ending = true;
        const before = dispatched;
        // A last event without its blank line (or newline) is still an event (openai-node #2725).
        parser.feed('\n\n');
        if (partialLine && dispatched === before && !tail.startsWith(':')) {
          sink.fail(
            new StreamError(`The stream ended mid-event (connection cut?); partial line: ${preview(tail)}`),
          );
        }
        if (options.isFinal && !sawFinal)
          sink.fail(new StreamError('The stream ended before its final event'));
      },
    };
  });
}

/**
 * Reads an NDJSON (JSON Lines) response as typed items, one per line.
 * @example for await (const doc of ndjsonStream<Document>(response)) console.log(doc.id);
 */
export function ndjsonStream<T = unknown>(
  response: Response,
  options: StreamOptions<T> = {},
): EventStream<T> {
  const decode =
    typeof options.decode === 'function' ? options.decode : (m: SseMessage) => JSON.parse(m.data) as T;
  const limit = options.maxLineLength ?? DEFAULT_LIMIT;
  return new EventStream<T>(response, options, (sink) => {
    let buffer = '';
    let sawFinal = false;
    let line = 0;
    const emit = (text: string, cut: boolean) => {
      line++;
      const data = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
      if (!data.trim()) return;
      const item = decodeOrFail(sink, decode, { event: `line ${line}`, data, id: undefined }, cut);
      if (item === undefined) return;
      sink.push(item);
      if (options.isFinal?.(item)) sawFinal = true;
    };
    return {
      feed(text) {
        let start = 0;
        let end = text.indexOf('\n');
        if (end !== -1 && buffer) {
          emit(buffer + text.slice(0, end), false);
          buffer = '';
          start = end + 1;
          end = text.indexOf('\n', start);
        }
        for (; end !== -1; end = text.indexOf('\n', start)) {
          emit(text.slice(start, end), false);
          start = end + 1;
        }
        buffer += text.slice(start);
        if (buffer.length > limit)
          sink.fail(new StreamError(`A line exceeded ${limit} characters (maxLineLength)`));
      },
      end() {
        if (buffer) emit(buffer, true);
        buffer = '';
        if (options.isFinal && !sawFinal)
          sink.fail(new StreamError('The stream ended before its final item'));
      },
    };
  });
}
