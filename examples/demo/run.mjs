// pnpm demo [--live]: runs each vendor's flow through the real client over real HTTP. Without --live the
// vendor is the mock server on 127.0.0.1; with --live (and the vendor's API key set) it is the real API.
import { startMockServer } from '@org/mock-server';
import { llamacloudFlow } from './llamacloud.mjs';

const live = process.argv.includes('--live');
const flows = [
  { vendor: 'llamacloud', title: 'LlamaCloud', keyEnv: 'LLAMA_CLOUD_API_KEY', run: llamacloudFlow },
];

let failed = 0;
for (const flow of flows) {
  const apiKey = live ? process.env[flow.keyEnv] : 'demo-key';
  if (live && !apiKey) {
    console.log(`${flow.title}: skipped (--live needs ${flow.keyEnv})`);
    continue;
  }
  const server = live ? undefined : await startMockServer(flow.vendor);
  console.log(`${flow.title} (${live ? 'live API' : `mock at ${server.url}`})`);
  const started = performance.now();
  try {
    await flow.run({ baseUrl: server?.url, apiKey, say: (line) => console.log(`  ✓ ${line}`) });
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${error.message}\n`);
  } finally {
    await server?.close();
  }
}
process.exitCode = failed ? 1 : 0;
