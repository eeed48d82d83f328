import type { StreamPromise } from '@org/sdk-core';
import { expectTypeOf, test } from 'vitest';
import { type ChatCompletion, type ChatCompletionChunk, createInferenceClient } from '../src/index';

const neo = createInferenceClient({ apiKey: 'k' });
const messages = [{ role: 'user' as const, content: 'hi' }];

test('chats.complete: stream: true gives a chunk stream, anything else the JSON completion', () => {
  expectTypeOf(neo.chats.complete({ messages, stream: true })).toEqualTypeOf<
    StreamPromise<ChatCompletionChunk>
  >();
  expectTypeOf(neo.chats.complete({ messages })).toEqualTypeOf<Promise<ChatCompletion>>();
  expectTypeOf(neo.chats.complete({ messages, stream: false })).toEqualTypeOf<Promise<ChatCompletion>>();
  // @ts-expect-error messages is required (the errors guide's own example)
  neo.chats.complete({ model: 'm' });
});

test('list calls are pages you can await or iterate', () => {
  expectTypeOf(neo.trainings.list({ pageSize: 5 })).resolves.toHaveProperty('has_more');
  // @ts-expect-error trainings spell it pageSize
  neo.trainings.list({ page_size: 5 });
  expectTypeOf(neo.arguments.list()).resolves.toBeArray();
});
