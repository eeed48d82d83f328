import type { RequestOptions, StreamPromise } from '@org/sdk-core';
import type { Resources } from './generated/resources';
import type { components } from './generated/schema';

type Schemas = components['schemas'];

/** What a chat completion takes (everything but `stream`, which picks the overload). */
export type ChatCompletionParams = Omit<Schemas['ChatCompletionRequest'], 'stream'>;
/** A whole chat completion, as the plain call answers it. */
export type ChatCompletion = Schemas['ChatCompletion'];
/** One streamed piece of a completion; its text is `choices[0].delta.content`. */
export type ChatCompletionChunk = Schemas['ChatCompletionChunk'];

/** Chat completions, plain or streamed. */
export interface ChatCompleter {
  /**
   * Streams the completion: an async iterable of chunks, ending after the server's `data: [DONE]`.
   * Breaking out of `for await` or aborting `signal` closes the connection; a stream that stops before
   * `[DONE]` ends with a StreamError.
   * @example
   * for await (const chunk of neo.chats.complete({ model, messages, stream: true })) {
   *   process.stdout.write(chunk.choices[0]?.delta.content ?? '');
   * }
   */
  (
    params: ChatCompletionParams & { stream: true },
    options?: RequestOptions,
  ): StreamPromise<ChatCompletionChunk>;
  /**
   * Answers the whole completion at once.
   * @example const { choices } = await neo.chats.complete({ model, messages: [{ role: 'user', content: 'Hi' }] });
   */
  (
    params: ChatCompletionParams & { stream?: false | undefined },
    options?: RequestOptions,
  ): Promise<ChatCompletion>;
}

/**
 * `chats.complete` with the API's own switch: `stream: true` picks the generated `completeStream` (SSE read
 * as OpenAI's chunks ending `[DONE]`, per the spec's `x-stream-flag`/`x-stream-done`), anything else the
 * generated JSON `complete`.
 * @example const complete = createChatCompleter(resources.chats); await complete({ messages, stream: true });
 */
export function createChatCompleter(
  chats: Pick<Resources['chats'], 'complete' | 'completeStream'>,
): ChatCompleter {
  return ((params: ChatCompletionParams & { stream?: boolean }, options?: RequestOptions) => {
    const { stream, ...body } = params;
    return stream === true ? chats.completeStream(body, options) : chats.complete(body, options);
  }) as ChatCompleter;
}
