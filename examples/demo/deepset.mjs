// The deepset Cloud flow a user would write: a pipeline, files through an upload session, deploy and wait,
// a streamed search printed token by token, then a chat turn in a search session.
import { collectSearchStream, createDeepsetClient } from '@org/deepset-client';

const QUERY_YAML = `components:
  retriever:
    type: haystack_integrations.components.retrievers.opensearch.bm25_retriever.OpenSearchBM25Retriever
  prompt_builder:
    type: haystack.components.builders.prompt_builder.PromptBuilder
    init_parameters:
      template: "Answer from the documents: {{query}}"
`;

const FILES = [
  {
    name: 'refunds.md',
    data: 'Refunds are paid within 5 business days of the return arriving.',
    meta: { topic: 'refunds' },
  },
  {
    name: 'shipping.md',
    data: 'Shipping to the EU takes 3 to 6 days; customs fees are included.',
    meta: { topic: 'shipping' },
  },
  {
    name: 'support.md',
    data: 'Support is open Monday to Friday, 9:00 to 17:00 CET.',
    meta: { topic: 'support' },
  },
];

/** Runs the flow against `baseUrl` (the mock) or the live API, reporting each step through `say`. */
export async function flow({ baseUrl, apiKey, say }) {
  const deepset = createDeepsetClient({
    apiKey,
    baseUrl,
    workspace: process.env.DEEPSET_WORKSPACE ?? 'default',
    logLevel: 'warn',
  });
  const name = `org-sdk-demo-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  const { pipeline_id } = await deepset.pipelines.create({ name, query_yaml: QUERY_YAML });
  say(`created pipeline "${name}" (${pipeline_id})`);

  const upload = await deepset.uploadFiles(FILES, { timeout: 600_000 });
  const { finished_files, failed_files } = upload.status.ingestion_status;
  say(
    `upload session ${upload.sessionId}: ${upload.uploaded.length} sent, ingested ${finished_files} finished / ${failed_files} failed`,
  );

  const statuses = [];
  const deployed = await deepset.deployPipelineAndWait(name, {
    onProgress: (p) => {
      if (statuses.at(-1) !== p.status) statuses.push(p.status);
    },
  });
  say(`deployed: ${statuses.join(' -> ')} (${deployed.status})`);

  const tokens = [];
  const { text, result } = await collectSearchStream(
    deepset.pipelines.searchStream(name, { query: 'How long do refunds take?', include_result: true }),
    { onDelta: (t) => tokens.push(t) },
  );
  say(`search-stream tokens: ${tokens.map((t) => JSON.stringify(t)).join(' ')}`);
  say(`answer "${text.trim()}" from ${result?.documents[0]?.file?.name ?? 'no file'}`);

  const { search_session_id } = await deepset.searchSessions.create({ pipeline_id });
  const chat = await collectSearchStream(
    deepset.pipelines.chatStream(name, { query: 'When is support open?', search_session_id }),
  );
  say(`chat turn in session ${search_session_id}: "${chat.text.trim()}"`);

  // Leave nothing behind on a live account.
  await deepset.pipelines.undeploy(name);
  await deepset.pipelines.delete(name);
  const ids = (await deepset.files.list({ limit: 100 }).toArray())
    .filter((f) => FILES.some((x) => x.name === f.name))
    .map((f) => f.file_id);
  if (ids.length) await deepset.files.deleteMany({ file_ids: ids });
  say(`deleted pipeline ${name} and ${ids.length} file(s)`);
}
