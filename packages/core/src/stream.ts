/**
 * Server-Sent Events and NDJSON response bodies as typed async iterables. SSE framing is eventsource-parser's
 * callback API (its TransformStream measured at half the speed); the items parsed from one chunk are queued
 * and handed out from the queue, with no async function frame per item.
 */
import { createParser } from 'eventsource-parser';
import { StreamError, UsageError } from './errors';

/** One Server-Sent Event as it arrived. `event` is `'message'` when the server named none. */
export interface SseMessage {
  event: string;
  data: string;
  id: string | undefined;
}

/** What sseStream yields by default: the event's name, its data parsed as JSON, its id. */
export interface ServerSentEvent<Data = unknown> {
  event: string;
  data: Data;
  id: string | undefined;
}

/** How a streamed body becomes items, and when it ends. */
export interface StreamOptions<T> {
  /**
   * Turns one SSE message (for NDJSON: `{ event: 'message', data: line }`) into the item yielded; return
   * undefined to skip it. A throw ends the stream with a StreamError naming the message.
   * @default SSE: `{ event, data: JSON.parse(data), id }`; NDJSON: `JSON.parse(line)`
   */
  decode?: (message: SseMessage) => T | undefined;
  /** Marks an SSE message as the server's error event, which ends the stream with a StreamError. @default event === 'error' */
  isError?: (message: SseMessage) => boolean;
  /** An SSE data value that ends the stream normally, e.g. `'[DONE]'`; the rest of the body is not read. */
  doneData?: string;
  /** The item that completes the stream: a body that ends before one is a StreamError (a cut between events). */
  isFinal?: (item: T) => boolean;
  /** Longest SSE event or NDJSON line accepted, in characters. @default 16 MiB */
  maxLineLength?: number;
  /** Stops the stream: the pending `next()` rejects with the signal's reason and the body is cancelled. */
  signal?: AbortSignal | undefined;
  /** Called once when the consumer stops early (break, return, cancel) or aborts, so the owner can free the request. */
  onCancel?: () => void;
}

/** The writable side of an EventStream, for the framers below. */
interface Sink<T> {
  /** Items ready for the consumer. */
  readonly queue: T[];
  /** No more items may be queued: the stream is done, failed or cancelled. */
  ended: boolean;
  fail(error: unknown): void;
  done(): void;
}

/** Turns decoded text into items on a Sink. */
interface Framer {
  feed(text: string): void;
  /** The body ended: flush what is buffered, or fail if it was cut. */
  end(): void;
}

const DEFAULT_LIMIT = 16 * 1024 * 1024;
const DONE = Object.freeze({ value: undefined, done: true as const });
const noop = () => {};
const preview = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
const tooLong = (what: string, limit: number, cause?: unknown) =>
  new StreamError(`${what} exceeded the maxLineLength of ${limit} characters`, { cause });

/**
 * A single-use async iterable of the items of a streamed response. Breaking out of `for await` cancels the
 * body (and so the request); a cut, a malformed item or an error event ends it with a StreamError, never
 * silently.
 */
export class EventStream<T> implements AsyncIterable<T> {
  /** The id of the last SSE event seen; send it as `Last-Event-ID` to resume. */
  lastEventId: string | undefined;
  /** The last reconnection delay the server sent (`retry:`), in ms. */
  retry: number | undefined;

  #iterator: AsyncIterator<T> | undefined;
  #stop: (reason: unknown, abort: boolean) => Promise<void>;

  /** @internal Use sseStream() or ndjsonStream(). */
  constructor(
    response: Response,
    options: StreamOptions<T>,
    frame: (stream: EventStream<T>, sink: Sink<T>) => Framer,
  ) {
    const { signal, onCancel } = options;
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let index = 0;
    let failed = false; // an error is waiting to be thrown
    let error: unknown;
    let pending: Promise<unknown> | undefined;

    const settle = (reason?: unknown): Promise<void> => {
      sink.ended = true;
      signal?.removeEventListener('abort', onAbort);
      return reader ? reader.cancel(reason).catch(noop) : Promise.resolve();
    };
    const sink: Sink<T> = {
      queue: [],
      ended: false,
      fail(e) {
        if (sink.ended) return;
        failed = true;
        error = e;
        void settle(e);
      },
      done() {
        if (!sink.ended) void settle();
      },
    };
    const stop = (reason: unknown, abort: boolean): Promise<void> => {
      sink.queue.length = index = 0;
      if (sink.ended) return Promise.resolve();
      onCancel?.();
      if (abort) {
        failed = true;
        error = reason;
      }
      return settle(reason);
    };
    const onAbort = () => void stop(signal?.reason, true);

    const fill = async (): Promise<IteratorResult<T, undefined>> => {
      const { queue } = sink;
      for (;;) {
        if (index < queue.length) return { value: queue[index++] as T, done: false };
        queue.length = index = 0;
        if (sink.ended) {
          if (!failed) return DONE;
          failed = false;
          throw error;
        }
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
        } catch (cause) {
          const detail = cause instanceof Error ? `: ${cause.message}` : '';
          sink.fail(new StreamError(`The connection was lost mid-stream${detail}`, { cause }));
          continue;
        }
        if (sink.ended) continue; // aborted or cancelled while reading
        try {
          if (!chunk.done) framer.feed(decoder.decode(chunk.value, { stream: true }));
          else {
            const rest = decoder.decode();
            if (rest) framer.feed(rest);
            if (!sink.ended) framer.end();
            sink.done();
          }
        } catch (e) {
          sink.fail(e); // a throwing isError or isFinal
        }
      }
    };
    const clear = () => {
      pending = undefined;
    };
    const next = (): Promise<IteratorResult<T, undefined>> => {
      if (pending) return pending.then(next); // a next() before the last one settled waits its turn
      if (index < sink.queue.length) return Promise.resolve({ value: sink.queue[index++] as T, done: false });
      const result = fill();
      pending = result.then(clear, clear);
      return result;
    };

    this.#stop = stop;
    this.#iterator = {
      next,
      return: async () => {
        await stop(undefined, false);
        return DONE;
      },
    };
    const framer = frame(this, sink);
    if (!reader) sink.fail(new StreamError('The streamed response has no body'));
    else if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  }

  /** The items, once: a second iteration throws a UsageError. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const iterator = this.#iterator;
    if (!iterator) {
      throw new UsageError(
        '[@org/sdk-core] This stream was already iterated, and a stream can be read only once: collect the items into an array if you need them twice.',
      );
    }
    this.#iterator = undefined;
    return iterator;
  }

  /** Stops reading: cancels the body and with it the request, and calls `onCancel`. */
  cancel(reason?: unknown): Promise<void> {
    return this.#stop(reason, false);
  }
}

/** The server's message in an error payload: `message`, `error.message`, `error`, or the text itself. */
function serverMessage(data: unknown): string | undefined {
  const d = data as { message?: unknown; error?: { message?: unknown } } | null;
  const m = d?.message ?? d?.error?.message ?? d?.error;
  return typeof m === 'string' ? m : typeof data === 'string' ? data : undefined;
}

/**
 * Reads a `text/event-stream` response as typed items: by default `{ event, data, id }` with `data` parsed
 * as JSON. A last event without its blank line is still delivered (openai-node #2725); one whose data is
 * then incomplete ends the stream with a StreamError.
 * @example
 * for await (const { event, data } of sseStream(response, { doneData: '[DONE]' })) console.log(event, data);
 */
export function sseStream<T = ServerSentEvent>(
  response: Response,
  options: StreamOptions<T> = {},
): EventStream<T> {
  const { decode, isError, doneData, isFinal } = options;
  const limit = options.maxLineLength ?? DEFAULT_LIMIT;
  return new EventStream<T>(response, options, (stream, sink) => {
    const { queue } = sink;
    let sawFinal = false;
    let flushing = false; // the body has ended; an event dispatched now lacked its blank line
    let flushed = false;
    let tail = ''; // the unterminated last line, to tell a cut from a clean end
    const parser = createParser({
      maxBufferSize: limit,
      onRetry: (ms) => {
        stream.retry = ms;
      },
      onError: (error) => {
        if (error.type === 'max-buffer-size-exceeded') sink.fail(tooLong('An event', limit, error));
      },
      onEvent: ({ event = 'message', data, id }) => {
        if (sink.ended) return;
        flushed = flushing;
        if (id !== undefined) stream.lastEventId = id;
        if (data.length > limit) return sink.fail(tooLong(`Event "${event}"`, limit));
        if (data === doneData) {
          sawFinal = true;
          return sink.done();
        }
        // The default path allocates one object per event, the item; the message only when a hook needs it.
        const message = decode || isError ? { event, data, id } : undefined;
        if (isError ? isError(message as SseMessage) : event === 'error') {
          let payload: unknown = data;
          try {
            payload = JSON.parse(data);
          } catch {
            // An error event with plain-text data: keep the text.
          }
          const text = serverMessage(payload);
          return sink.fail(
            new StreamError(`The server sent an error event${text ? `: ${preview(text)}` : ''}`, {
              data: payload,
            }),
          );
        }
        let item: T | undefined;
        try {
          item = decode ? decode(message as SseMessage) : ({ event, data: JSON.parse(data), id } as T);
        } catch (cause) {
          return sink.fail(
            new StreamError(
              flushing
                ? `The stream was cut mid-event (the body ended inside event "${event}"); partial data: ${preview(data)}`
                : `Event "${event}" has malformed data: ${preview(data)}`,
              { cause },
            ),
          );
        }
        if (item === undefined) return;
        queue.push(item);
        if (isFinal?.(item)) sawFinal = true;
      },
    });
    return {
      feed(text) {
        // Scan back to the last line break by hand: lastIndexOf('\r') would read every chunk end to end.
        let nl = text.length - 1;
        for (let c: number; nl >= 0 && (c = text.charCodeAt(nl)) !== 10 && c !== 13; ) nl--;
        tail = nl === -1 ? tail + text : text.slice(nl + 1);
        parser.feed(text);
      },
      end() {
        flushing = true;
        // eventsource-parser drops an event that lacks its closing blank line, and its reset({ consume: true })
        // only parses the pending line without dispatching it: two line breaks end the line and the event.
        parser.feed('\n\n');
        parser.reset();
        // A partial line that delivered nothing, or a field name cut before its colon, is a cut mid-event.
        if (tail && tail[0] !== ':' && (!flushed || !tail.includes(':'))) {
          sink.fail(new StreamError(`The stream was cut mid-event; partial line: ${preview(tail)}`));
        }
        if (isFinal && !sawFinal) sink.fail(new StreamError('The stream ended before its final event'));
      },
    };
  });
}

/**
 * Reads an NDJSON (JSON Lines) response as typed items, one per line: `\n` or `\r\n` ends a line, blank
 * lines are skipped, and a last line without its newline is delivered if it decodes.
 * @example for await (const doc of ndjsonStream<Document>(response)) console.log(doc.id);
 */
export function ndjsonStream<T = unknown>(
  response: Response,
  options: StreamOptions<T> = {},
): EventStream<T> {
  const { decode, isFinal } = options;
  const limit = options.maxLineLength ?? DEFAULT_LIMIT;
  return new EventStream<T>(response, options, (_stream, sink) => {
    let buffer = '';
    let line = 0;
    let sawFinal = false;
    const take = (text: string, last: boolean) => {
      line++;
      if (sink.ended) return;
      const data = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
      if (data.length > limit) return sink.fail(tooLong(`Line ${line}`, limit));
      if (!data.trim()) return;
      let item: T | undefined;
      try {
        item = decode ? decode({ event: 'message', data, id: undefined }) : (JSON.parse(data) as T);
      } catch (cause) {
        return sink.fail(
          new StreamError(
            last
              ? `The stream was cut mid-line (the body ended without a newline); partial line ${line}: ${preview(data)}`
              : `Line ${line} has malformed data: ${preview(data)}`,
            { cause },
          ),
        );
      }
      if (item === undefined) return;
      sink.queue.push(item);
      if (isFinal?.(item)) sawFinal = true;
    };
    return {
      feed(text) {
        let end = text.indexOf('\n');
        if (end === -1) buffer += text;
        else {
          take(buffer + text.slice(0, end), false);
          let start = end + 1;
          for (; (end = text.indexOf('\n', start)) !== -1; start = end + 1)
            take(text.slice(start, end), false);
          buffer = text.slice(start);
        }
        if (buffer.length > limit) sink.fail(tooLong(`Line ${line + 1}`, limit));
      },
      end() {
        if (buffer) take(buffer, true);
        buffer = '';
        if (isFinal && !sawFinal) sink.fail(new StreamError('The stream ended before its final item'));
      },
    };
  });
}
