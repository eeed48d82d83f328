import { StreamError } from './errors';
import { defaultErrorMessage } from './error-from-response';
import {
  type EventStream,
  ndjsonStream,
  type ServerSentEvent,
  sseStream,
  type StreamOptions,
} from './stream';
import { safeJson } from './transport';
import { currentOperation, withOperation } from './operation';
import { lazyThenable } from './thenable';
import { fullResult, type WithResponse } from './with-response';

const NOT_A_STREAM = /^\s*(application\/([\w.-]+\+)?json|text\/html|[\w.-]+\/([\w.-]+\+)?xml)\s*(;|$)/i;

/** A stream that can be awaited (resolves once the response headers arrive) or iterated directly. */
export interface StreamPromise<T> extends Promise<EventStream<T>>, AsyncIterable<T> {
  /** The stream with the response that opened it (status, headers) and the vendor's request id. */
  withResponse(): Promise<WithResponse<EventStream<T>>>;
}

/**
 * Turns a pending streaming response into a StreamPromise of typed events. The request starts on the first
 * `await` or iteration, not before. Without `decode`, an SSE stream's items are `{ event, data, id }`, so
 * its item type must be one (a generated event type that is not fails to compile, rather than lying).
 * @example
 * for await (const event of streamResponse(() => api.requestStream('post', '/chat', { body }), 'sse')) {
 *   console.log(event.data);
 * }
 */
export function streamResponse<T extends ServerSentEvent = ServerSentEvent>(
  start: () => Promise<Response>,
  format: 'sse',
  options?: StreamOptions<T> & { decode?: undefined },
): StreamPromise<T>;
/**
 * An SSE stream whose items are what `decode` makes of each event (`'data'`: its JSON data).
 * @example streamResponse<Chunk>(() => api.requestStream('post', '/chat', { body }), 'sse', { decode: 'data' })
 */
export function streamResponse<T>(
  start: () => Promise<Response>,
  format: 'sse',
  options: StreamOptions<T> & { decode: NonNullable<StreamOptions<T>['decode']> },
): StreamPromise<T>;
/**
 * An NDJSON stream: each line's JSON, or what `decode` makes of it.
 * @example streamResponse<Row>(() => api.requestStream('get', '/rows', {}), 'ndjson')
 */
export function streamResponse<T>(
  start: () => Promise<Response>,
  format: 'ndjson',
  options?: StreamOptions<T>,
): StreamPromise<T>;
export function streamResponse<T>(
  start: () => Promise<Response>,
  format: 'sse' | 'ndjson',
  options: StreamOptions<T> = {},
): StreamPromise<T> {
  let started: Promise<WithResponse<EventStream<T>>> | undefined;
  // The request starts later, outside the resource method: it keeps its operation name.
  const operation = currentOperation();
  const stream = () =>
    (started ??= fullResult(withOperation(operation, start)).then(
      async ({ data: opened, response = opened, requestId }) => {
        // A server that answers a stream request with a document (JSON, HTML, XML: an error, or the whole
        // answer) would otherwise read as a stream cut mid-event. Other types are given the benefit of the doubt.
        const type = response.headers.get('content-type');
        if (type && NOT_A_STREAM.test(type)) {
          const body = safeJson(await response.text());
          const message = defaultErrorMessage(body);
          throw new StreamError(
            `Expected a ${format === 'sse' ? 'text/event-stream' : 'NDJSON'} stream, got ${type}${message ? `: ${message}` : ''}`,
            { data: body },
          );
        }
        const data =
          format === 'ndjson' ? ndjsonStream<T>(response, options) : sseStream<T>(response, options);
        return { data, response, requestId };
      },
    ));
  const events = () => stream().then((full) => full.data);
  return {
    ...lazyThenable(events),
    withResponse: stream,
    [Symbol.toStringTag]: 'StreamPromise',
    // Not an async generator over the stream: that would add a promise hop per event. The stream's own
    // iterator serves every `next()` once the response has opened it.
    [Symbol.asyncIterator]() {
      let inner: AsyncIterator<T> | undefined;
      let opening: Promise<AsyncIterator<T>> | undefined;
      const open = () => (opening ??= events().then((stream) => (inner = stream[Symbol.asyncIterator]())));
      return {
        next: () => (inner ? inner.next() : open().then((it) => it.next())),
        async return(): Promise<IteratorResult<T, undefined>> {
          // Stopped before the stream opened: it is cancelled once it does (if it does).
          const it = inner ?? (opening && (await opening.catch(() => undefined)));
          await it?.return?.();
          return { value: undefined, done: true };
        },
      };
    },
  } as StreamPromise<T>;
}
