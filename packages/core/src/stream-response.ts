import { type EventStream, ndjsonStream, sseStream, type StreamOptions } from './stream';
import { lazyThenable } from './thenable';

/** A stream that can be awaited (resolves once the response headers arrive) or iterated directly. */
export interface StreamPromise<T> extends Promise<EventStream<T>>, AsyncIterable<T> {}

/**
 * Turns a pending streaming response into a StreamPromise of typed events. The request starts on the first
 * `await` or iteration, not before.
 * @example
 * for await (const event of streamResponse(() => api.requestStream('post', '/chat', { body }), 'sse')) {
 *   console.log(event.data);
 * }
 */
export function streamResponse<T = { event: string; data: unknown; id: string | undefined }>(
  start: () => Promise<Response>,
  format: 'sse' | 'ndjson',
  options: StreamOptions<T> = {},
): StreamPromise<T> {
  let started: Promise<EventStream<T>> | undefined;
  const stream = () =>
    (started ??= start().then((response) =>
      format === 'ndjson' ? ndjsonStream<T>(response, options) : sseStream<T>(response, options),
    ));
  return {
    ...lazyThenable(stream),
    [Symbol.toStringTag]: 'StreamPromise',
    async *[Symbol.asyncIterator]() {
      yield* await stream();
    },
  } as StreamPromise<T>;
}
