// The Unstract flow a user would write: deploy a workflow as an API, add a key for it, execute two documents
// asynchronously and wait for their per-file results, page through the deployments, and clean up.
import { createUnstractClient } from '@org/unstract-client';

// Against the mock the organization and the workflow are the mock's own; live they come from the environment
// (UNSTRACT_ORG_ID, and UNSTRACT_WORKFLOW_ID for a workflow with its source and destination configured).
const MOCK_ORG = 'org_mock';
const MOCK_WORKFLOW = 'f1000000-0000-4000-8000-000000000000';

const INVOICE = `Invoice 2026-031
Customer: ACME GmbH
Total: 1,250.00 EUR
Due: 2026-04-30
`;
const RECEIPT = `Receipt 7781
Coffee beans 2 kg
Paid by card
`;

/** Runs the flow against `baseUrl` (the mock) or the live API, reporting each step through `say`. */
export async function flow({ baseUrl, apiKey, say }) {
  const unstract = createUnstractClient({
    apiKey,
    baseUrl,
    orgId: baseUrl ? MOCK_ORG : undefined,
    logLevel: 'warn',
  });
  const workflow = baseUrl ? MOCK_WORKFLOW : process.env.UNSTRACT_WORKFLOW_ID;
  if (!workflow) throw new Error('set UNSTRACT_WORKFLOW_ID to the workflow to deploy');
  const apiName = `sdk_demo_${Date.now().toString(36)}`;
  const deployment = await unstract.deployments.create({
    workflow,
    api_name: apiName,
    display_name: 'SDK demo',
  });
  say(`deployed workflow as "${deployment.api_name}" at ${deployment.api_endpoint}`);
  try {
    const key = await unstract.apiKeys.create(deployment.id, { description: 'sdk demo key' });
    say(`created API key ${key.id} for it`);
    const documents = unstract.deployment(apiName, { apiKey: key.api_key });
    const seen = [];
    const started = performance.now();
    const run = await documents.executeAndWait(
      [
        new File([INVOICE], 'invoice.txt', { type: 'text/plain' }),
        new File([RECEIPT], 'receipt.txt', { type: 'text/plain' }),
      ],
      { tags: ['sdk-demo'] },
      {
        timeout: 600_000,
        onProgress: (s) => {
          if (seen.at(-1) !== s.status) seen.push(s.status);
        },
      },
    );
    say(
      `executed ${run.executionId}: queued, then polled ${seen.join(' -> ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const file of run.results) {
      say(`${file.file}: ${file.error ?? JSON.stringify(file.result?.output)}`);
    }
    let pages = 0;
    let count = 0;
    for await (const page of unstract.deployments.list({ page_size: 1 }).pages()) {
      pages++;
      count += page.results.length;
    }
    say(`listed ${count} deployment(s) across ${pages} page(s)`);
  } finally {
    // Deleting the deployment deletes its keys too.
    await unstract.deployments.delete(deployment.id);
    say(`deleted deployment ${deployment.id}`);
  }
}
