// Response types behave as the values do: enums are strings, closed enums narrow, objects keep their fields,
// nullable fields say so (no openapi-fetch Readable<T> mapping in between).
import { expectTypeOf, test } from 'vitest';
import type { ChatCompletionChunk, ChatsCompleteResponse } from '../src/index';

declare const completion: ChatsCompleteResponse;
const choice = completion.choices[0]!;

test('an enum is a string with string methods, and a closed one narrows to its values', () => {
  const role: string = choice.message.role;
  expectTypeOf(role).toEqualTypeOf<string>();
  expectTypeOf(choice.message.role.toUpperCase()).toEqualTypeOf<string>();
  expectTypeOf(choice.message.role).toEqualTypeOf<'system' | 'user' | 'assistant' | 'tool'>();
});

test('an object field keeps its fields, and a nullable field is | null', () => {
  expectTypeOf(completion.usage).exclude<undefined>().toHaveProperty('total_tokens');
  expectTypeOf(choice.finish_reason).toEqualTypeOf<'stop' | 'length' | 'content_filter' | undefined>();
  expectTypeOf<ChatCompletionChunk['choices'][number]['finish_reason']>().toEqualTypeOf<
    'stop' | 'length' | 'content_filter' | null | undefined
  >();
});
