// pnpm demo [--live] [--only <vendor>[,<vendor>]]: runs each vendor's flow through the real client over real
// HTTP. Without --live the vendor is the mock server on 127.0.0.1; with --live (and the vendor's API key set)
// it is the real API. Each flow lives in ./<vendor>.mjs and exports `flow({ baseUrl, apiKey, say })`.
import { startMockServer } from '@org/mock-server';

const args = process.argv.slice(2);
const live = args.includes('--live');
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
const flows = [
  { vendor: 'llamacloud', title: 'LlamaCloud', keyEnv: 'LLAMA_CLOUD_API_KEY' },
  // The query outlasts async_after_ms on the mock as a real one over a large table would: the demo shows polling.
  { vendor: 'hotdata', title: 'Hotdata', keyEnv: 'HOTDATA_API_KEY', mock: { slowQueries: true } },
  { vendor: 'deepset', title: 'deepset Cloud', keyEnv: 'DEEPSET_API_KEY' },
  { vendor: 'inference', title: 'Inference (NeoSpace)', keyEnv: 'NEOSPACE_API_KEY' },
  { vendor: 'unstract', title: 'Unstract', keyEnv: 'UNSTRACT_API_KEY' },
].filter((f) => !only || only.includes(f.vendor));
if (only && flows.length !== only.length) {
  console.error(`unknown vendor in --only ${only.join(',')}`);
  process.exit(2);
}

let failed = 0;
for (const flow of flows) {
  const apiKey = live ? process.env[flow.keyEnv] : 'demo-key';
  if (live && !apiKey) {
    console.log(`${flow.title}: skipped (--live needs ${flow.keyEnv})`);
    continue;
  }
  const { flow: run } = await import(`./${flow.vendor}.mjs`);
  const server = live ? undefined : await startMockServer(flow.vendor, { mock: flow.mock });
  console.log(`${flow.title} (${live ? 'live API' : `mock at ${server.url}`})`);
  const started = performance.now();
  try {
    await run({ baseUrl: server?.url, apiKey, say: (line) => console.log(`  ✓ ${line}`) });
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${error.message}\n`);
  } finally {
    await server?.close();
  }
}
process.exitCode = failed ? 1 : 0;
