import {
  type ApiClient,
  type EventStream,
  type RequestOptions,
  StreamError,
  type StreamPromise,
  streamResponse,
} from '@org/sdk-core';
import type {
  PipelinesChatStreamParams,
  PipelinesSearchStreamParams,
  ResourceDefaults,
} from './generated/resources';
import type { components, paths } from './generated/schema';

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

const SEARCH_STREAM = '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream';
const CHAT_STREAM = '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream';

function parse(data: string): SearchStreamEvent | undefined {
  try {
    return JSON.parse(data) as SearchStreamEvent;
  } catch {
    return undefined;
  }
}

/**
 * The two streaming pipeline calls. deepset's events carry no SSE event name: the error is an event whose
 * data has `type: 'error'`, so it is recognised from the data and ends the stream with a StreamError.
 * When the request asks for the result (`include_result`), a stream that closes before it was cut.
 */
export function createSearchStreams(api: ApiClient<paths>, defaults: ResourceDefaults) {
  function open(
    path: typeof SEARCH_STREAM | typeof CHAT_STREAM,
    pipelineName: string,
    params: PipelinesSearchStreamParams | PipelinesChatStreamParams,
    options: RequestOptions,
  ): StreamPromise<SearchStreamEvent> {
    const { workspace_name, ...body } = params as typeof params & { workspace_name?: string };
    return streamResponse<SearchStreamEvent>(
      () =>
        api.requestStream('post', path, {
          ...options,
          params: {
            path: { pipeline_name: pipelineName, workspace_name: workspace_name ?? defaults.workspace },
          },
          body,
          parseAs: 'text',
        } as never),
      'sse',
      {
        signal: options.signal,
        // The mcp client accepts bare JSON lines too; the `data:` prefix is already stripped by SSE framing.
        decode: (m) => {
          const event = parse(m.data);
          if (!event) throw new SyntaxError(`not JSON: ${m.data.slice(0, 80)}`);
          return event;
        },
        isError: (m) => parse(m.data)?.type === 'error',
        ...(body.include_result ? { isFinal: (e: SearchStreamEvent) => e.type === 'result' } : {}),
      },
    );
  }

  return {
    /**
     * Runs a search and streams its events: `delta` tokens as they are generated, then (with
     * `include_result: true`) the full result. Breaking out of the loop or aborting cancels the request.
     * @example
     * for await (const event of deepset.pipelines.searchStream('rag', { query: 'What is deepset?' })) {
     *   if (event.type === 'delta') process.stdout.write(event.delta.text);
     * }
     */
    searchStream(
      pipelineName: string,
      params: PipelinesSearchStreamParams,
      options: RequestOptions = {},
    ): StreamPromise<SearchStreamEvent> {
      return open(SEARCH_STREAM, pipelineName, params, options);
    },
    /**
     * Runs one chat turn in a search session and streams its events, like `searchStream`.
     * @example
     * const { search_session_id } = await deepset.searchSessions.create({ pipeline_id });
     * const chat = deepset.pipelines.chatStream('rag', { query: 'And in German?', search_session_id });
     * const { text } = await collectSearchStream(chat);
     */
    chatStream(
      pipelineName: string,
      params: PipelinesChatStreamParams,
      options: RequestOptions = {},
    ): StreamPromise<SearchStreamEvent> {
      return open(CHAT_STREAM, pipelineName, params, options);
    },
  };
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
