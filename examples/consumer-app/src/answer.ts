// The app's own code: a help-desk bot that answers from a LlamaCloud pipeline.
import type { LlamaCloudClient } from '@org/llamacloud-client';

/** The best passage for a question, or a polite fallback; what the app shows its users. */
export async function answer(llama: LlamaCloudClient, pipelineId: string, question: string): Promise<string> {
  const { retrieval_nodes } = await llama.pipelines.retrieve(pipelineId, {
    query: question,
    dense_similarity_top_k: 3,
  });
  // `text` is optional on a retrieved node (an image node has none), so look for one that carries it.
  const best = retrieval_nodes.find((n) => (n.score ?? 0) > 0.1 && n.node.text);
  return best?.node.text?.trim() || "Sorry, I don't know that one yet.";
}

/** Uploads documents to a pipeline and waits until they can be searched. */
export async function ingest(
  llama: LlamaCloudClient,
  pipelineId: string,
  docs: { name: string; text: string }[],
) {
  for (const doc of docs) {
    const file = await llama.uploadFile(new File([doc.text], doc.name, { type: 'text/plain' }));
    await llama.pipelineFiles.add(pipelineId, [{ file_id: file.id }]);
  }
  return llama.syncPipelineAndWait(pipelineId, { timeout: 30_000 });
}
