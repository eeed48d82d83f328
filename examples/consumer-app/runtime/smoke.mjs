// The calls each runtime makes: typed calls, a paginated list, a stream, a retried 429 and a typed error,
// through the installed @org/inference-client against the mock server at `baseUrl`. Returns what it saw.
import { createInferenceClient, NotFoundError } from '@org/inference-client';

export async function smoke(baseUrl) {
  const neo = createInferenceClient({ apiKey: 'test-key', baseUrl, logLevel: 'off' });
  const { data: models } = await neo.models.list();
  const model = models[0].id;

  const first = await neo.chats.complete({ model, messages: [{ role: 'user', content: 'one' }] });
  await neo.chats.complete({ model, messages: [{ role: 'user', content: 'two' }] });
  await neo.chats.complete({ model, messages: [{ role: 'user', content: 'three' }] });

  // The first GET /v1/chats answers 429; the client waits and retries.
  const chats = [];
  for await (const chat of neo.chats.list({ limit: 1 })) chats.push(chat.id);

  let streamed = '';
  for await (const chunk of neo.chats.complete({
    model,
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
  })) {
    streamed += chunk.choices[0]?.delta.content ?? '';
  }

  let error = 'none';
  try {
    await neo.personas.get('per_missing');
  } catch (err) {
    error = err instanceof NotFoundError ? `NotFoundError ${err.status}` : String(err);
  }
  return { typed: typeof first.id === 'string', chats: chats.length, streamed: streamed.length > 0, error };
}
