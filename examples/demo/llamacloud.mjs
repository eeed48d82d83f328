// The LlamaCloud flow a user would write: project, upload, pipeline, add the file, sync and wait, retrieve.
import { createLlamaCloudClient } from '@org/llamacloud-client';

const HANDBOOK = `# Support handbook

Refunds are paid within 5 business days of the return arriving at our warehouse.

Shipping to the EU takes 3 to 6 days; customs fees are included in the price.

Support is open Monday to Friday, 9:00 to 17:00 CET.`;

/** Runs the flow against `baseUrl` (the mock) or the live API, reporting each step through `say`. */
export async function flow({ baseUrl, apiKey, say }) {
  const llama = createLlamaCloudClient({ apiKey, baseUrl, logLevel: 'warn' });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const project = await llama.projects.create({ name: `org-sdk-demo-${stamp}` });
  say(`created project "${project.name}" (${project.id})`);
  const scoped = createLlamaCloudClient({ apiKey, baseUrl, projectId: project.id, logLevel: 'warn' });
  const file = await scoped.uploadFile(new File([HANDBOOK], 'handbook.md', { type: 'text/markdown' }));
  say(`uploaded ${file.name} (${file.file_size} bytes) as ${file.id}`);
  const pipeline = await scoped.pipelines.create({ name: `handbook-${stamp}` });
  say(`created pipeline "${pipeline.name}" (${pipeline.id})`);
  await scoped.pipelineFiles.add(pipeline.id, [{ file_id: file.id, custom_metadata: { source: 'demo' } }]);
  say(`added ${file.id} to the pipeline`);
  const seen = [];
  const started = performance.now();
  await scoped.syncPipelineAndWait(pipeline.id, {
    timeout: 600_000,
    onProgress: (s) => {
      if (seen.at(-1) !== s.status) seen.push(s.status);
    },
  });
  say(`synced: ${seen.join(' -> ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const query of ['how long do refunds take?', 'when is support open?']) {
    const { retrieval_nodes } = await scoped.pipelines.retrieve(pipeline.id, {
      query,
      dense_similarity_top_k: 1,
    });
    const best = retrieval_nodes[0];
    say(
      `retrieve "${query}" -> ${best ? `${best.score?.toFixed(2)} "${best.node.text.trim()}"` : 'nothing'}`,
    );
  }
  let count = 0;
  for await (const _ of scoped.pipelineFiles.list(pipeline.id, { limit: 50 })) count++;
  say(`listed ${count} pipeline file(s) across pages`);
  // Leave nothing behind on a live account but the (empty) project, which the API has no route to delete.
  await scoped.pipelines.delete(pipeline.id);
  await scoped.files.delete(file.id);
  say(`deleted pipeline ${pipeline.id} and file ${file.id}`);
}
