// The Inference (NeoSpace) flow a user would write: list models, create an expert, stream a chat completion
// token by token, page through the chats, and put a new action in an action group.
import { createInferenceClient } from '@org/inference-client';

/** Runs the flow against `baseUrl` (the mock) or the live API, reporting each step through `say`. */
export async function flow({ baseUrl, apiKey, say }) {
  const neo = createInferenceClient({ apiKey, baseUrl, logLevel: 'warn' });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

  const { data: models } = await neo.models.list();
  const model = models[0]?.id;
  say(`listed ${models.length} model(s): ${models.map((m) => m.id).join(', ')}`);

  const expert = await neo.experts.create({
    name: `org-sdk-demo-${stamp}`,
    description: 'Answers questions about the gold card',
    context: 'The gold card has no annual fee in its first year.',
  });
  say(`created expert "${expert.name}" (${expert.id})`);

  process.stdout.write('  … streaming: ');
  let streamed = '';
  let chunks = 0;
  let chatId;
  for await (const chunk of neo.chats.complete({
    model,
    name: `demo ${stamp}`,
    expert_ids: [expert.id],
    messages: [{ role: 'user', content: 'Does the gold card have an annual fee?' }],
    stream: true,
  })) {
    const token = chunk.choices[0]?.delta.content ?? '';
    process.stdout.write(token);
    streamed += token;
    chunks++;
    chatId = chunk.id;
  }
  process.stdout.write('\n');
  say(`streamed a chat completion in ${chunks} chunks: "${streamed.trim()}"`);

  const followUps = [];
  for (const content of ['And in the second year?', 'Thanks!']) {
    followUps.push(
      await neo.chats.complete({ model, name: `demo ${stamp}`, messages: [{ role: 'user', content }] }),
    );
  }
  let pages = 0;
  let listed = 0;
  for await (const page of neo.chats.list({ limit: 2, name: `demo ${stamp}` }).pages()) {
    pages++;
    listed += page.data.length;
  }
  say(`paged through ${listed} chat(s) in ${pages} page(s) of 2`);

  const group = await neo.actionGroups.create({ name: `demo-${stamp}`, description: 'Gold card campaign' });
  const action = await neo.createActionInGroup(group.id, {
    name: 'Offer the gold card',
    description: 'Call clients who asked about the annual fee',
    priority: 'high',
    type: 'call',
    channel: 'phone',
  });
  say(`created action "${action.name}" (${action.id}, ${action.priority}) in group ${action.group}`);

  // Leave a live account as it was found.
  await neo.actions.delete(action.id);
  await neo.actionGroups.delete(group.id);
  for (const id of [chatId, ...followUps.map((c) => c.id)]) if (id) await neo.chats.delete(id);
  await neo.experts.delete(expert.id);
  say(`deleted the action, its group, ${1 + followUps.length} chat(s) and the expert`);
}
