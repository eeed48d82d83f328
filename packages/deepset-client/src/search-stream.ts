// `pipelines.searchStream()` and `chatStream()` are generated: the spec says their events are unnamed, which
// one is the error and which one ends a stream that asked for the result. This module reads such a stream.
import { type EventStream, StreamError, type StreamPromise } from '@org/sdk-core';
import type { components } from './generated/schema';

type S = components['schemas'];
/** One event of a search or chat stream: `type` says which payload it carries. */
export type SearchStreamEvent = S['StreamEvent'];
/** One search result (answers, documents, prompts), as `search()` and the stream's `result` event carry it. */
export type SearchResult = S['SearchResult'];

/** What `collectSearchStream` gathers from a stream. */
export interface CollectedSearch {
  /** Every `delta` text, joined in order. */
  text: string;
  /** The `result` event's result (sent when the request set `include_result: true`). */
  result: SearchResult | undefined;
  /** The stream's query id. */
  queryId: string | undefined;
  /** Tool call results, in order. */
  toolCallResults: NonNullable<S['StreamToolCallResult']['tool_call_result']>[];
}

/**
 * Reads a search or chat stream to its end and gathers the generated text and the final result;
 * `onDelta` sees each token as it arrives. An `error` event or a cut stream rejects with a StreamError.
 * @example
 * const { text, result } = await collectSearchStream(
 *   deepset.pipelines.searchStream('rag', { query: 'What is deepset?', include_result: true }),
 *   { onDelta: (t) => process.stdout.write(t) },
 * );
 */
export async function collectSearchStream(
  stream:
    | StreamPromise<SearchStreamEvent>
    | EventStream<SearchStreamEvent>
    | AsyncIterable<SearchStreamEvent>,
  options: { onDelta?: (text: string) => void } = {},
): Promise<CollectedSearch> {
  const collected: CollectedSearch = { text: '', result: undefined, queryId: undefined, toolCallResults: [] };
  for await (const event of stream) {
    collected.queryId ??= event.query_id;
    if (event.type === 'delta') {
      collected.text += event.delta.text;
      options.onDelta?.(event.delta.text);
    } else if (event.type === 'result') collected.result = event.result;
    else if (event.type === 'tool_call_result') collected.toolCallResults.push(event.tool_call_result);
    else if (event.type === 'error') throw new StreamError(`The server sent an error event: ${event.error}`);
  }
  return collected;
}
