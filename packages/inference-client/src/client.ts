import { createChatCompleter } from './chat-completions';
import { nameFlows } from '@org/sdk-core/internal';
import { createFlows } from './flows';
import { createApi, type InferenceClientOptions } from './generated/client';
import { createResources } from './generated/resources';

export type { InferenceClientOptions, InferenceEnvironment } from './generated/client';

/**
 * Creates a NeoSpace Inference API client: one namespace per resource, chat completions plain or streamed,
 * flows for the multi-step work, and `.raw` for openapi-fetch's `{ data, error }`. A 429 is retried after
 * the `retryAfter` seconds its body asks for.
 * @example
 * const neo = createInferenceClient({ environment: 'sandbox' }); // key from NEOSPACE_API_KEY
 * const { data: models } = await neo.models.list();
 * for await (const chunk of neo.chats.complete({ model: models[0]!.id, messages: [{ role: 'user', content: 'Hi' }], stream: true })) {
 *   process.stdout.write(chunk.choices[0]?.delta.content ?? '');
 * }
 */
export function createInferenceClient(options: InferenceClientOptions = {}) {
  const { api, defaults } = createApi(options);
  const resources = createResources(api, defaults);
  return {
    ...resources,
    /** Chats and their completions: `complete({ ..., stream: true })` streams (so does `completeStream`). */
    chats: { ...resources.chats, complete: createChatCompleter(resources.chats) },
    // Each flow is one span for a tracer.
    ...nameFlows(api, createFlows(resources)),
    /** openapi-fetch's convention over the same transport: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

/** A NeoSpace Inference API client, as `createInferenceClient` returns it. */
export type InferenceClient = ReturnType<typeof createInferenceClient>;
