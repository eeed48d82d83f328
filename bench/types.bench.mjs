// What our types cost a user's compiler (issue 15 §5): consumer files checked by tsc without skipLibCheck,
// against the built dist of the five clients, next to the same files written against the `openai` SDK.
// Variants: an empty file; one typed call per client (five calls); five distinct typed calls per client
// (25 calls). The per-call figure is the extra instantiations of the 25-call file over the 5-call one, per
// extra call, each a different operation (a repeated call is cached by tsc and would cost nothing).
// Targets: <= 100 instantiations per typed call, and the five-call file's check time <= 1.1x openai's.
// `node bench/types.bench.mjs` runs it alone; `--rounds N` (default 3) takes the median of N runs of each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Each client's factory, its options, and five typed calls on distinct operations. */
const clients = {
  'llamacloud-client': [
    'createLlamaCloudClient',
    '{ apiKey: "k" }',
    [
      "pipelines.get('p_1')",
      'projects.list()',
      "files.get('f_1')",
      "pipelines.getStatus('p_1')",
      "pipelineDataSinks.list('p_1')",
    ],
  ],
  'hotdata-client': [
    'createHotdataClient',
    '{ apiKey: "k", workspaceId: "w" }',
    [
      "queryRuns.get('r_1')",
      'workspaces.list()',
      "connections.get('c_1')",
      "secrets.get('s_1')",
      "results.get('r_1')",
    ],
  ],
  'unstract-client': [
    'createUnstractClient',
    '{ apiKey: "k", orgId: "o" }',
    [
      'deployments.list()',
      "deployments.get('d_1')",
      "apiKeys.list('a_1')",
      "apiKeys.get('k_1')",
      "deployments.listUsers('d_1')",
    ],
  ],
  'inference-client': [
    'createInferenceClient',
    '{ apiKey: "k" }',
    ['models.list()', "chats.get('c_1')", "actions.get('a_1')", "benchmarks.get('b_1')", 'users.me()'],
  ],
  'deepset-client': [
    'createDeepsetClient',
    '{ apiKey: "k", workspace: "w" }',
    ["pipelines.get('p')", 'health.check()', "evalRuns.get('e')", "uploadSessions.get('u')", 'tokens.list()'],
  ],
};

/** One `.raw` call per client (openapi-fetch's `{ data, error }` convention), in client order. */
const rawCalls = [
  "raw.GET('/api/v1/pipelines/{pipeline_id}', { params: { path: { pipeline_id: 'p' } } })",
  "raw.GET('/v1/workspaces')",
  "raw.GET('/api/v1/unstract/{org_id}/api/deployment/', { params: { path: { org_id: 'o' } } })",
  "raw.GET('/v1/actions')",
  "raw.GET('/health')",
];

/** The same shape against openai: one client, five typed calls per "client" slot on distinct operations. */
const openaiCalls = [
  [
    'models.list()',
    "models.retrieve('m')",
    "models.delete('m')",
    "containers.retrieve('c')",
    'containers.list()',
  ],
  ["files.retrieve('f')", 'files.list()', "files.delete('f')", "files.content('f')", "evals.retrieve('e')"],
  [
    "chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })",
    "chat.completions.retrieve('c')",
    'chat.completions.list()',
    "chat.completions.delete('c')",
    "moderations.create({ input: 'x' })",
  ],
  ["batches.retrieve('b')", 'batches.list()', "batches.cancel('b')", "uploads.cancel('u')", 'evals.list()'],
  [
    "embeddings.create({ model: 'm', input: 'x' })",
    "vectorStores.retrieve('v')",
    'vectorStores.list()',
    "fineTuning.jobs.retrieve('j')",
    'fineTuning.jobs.list()',
  ],
];

/** A consumer file: `calls` typed calls per client (0: an empty module); sdk `raw`: one `.raw` call each. */
export function source(sdk, calls) {
  if (!calls) return 'export const nothing = 1;\n';
  let head = '';
  let body = '';
  if (sdk === 'openai') {
    head = "import OpenAI from 'openai';\n";
    openaiCalls.forEach((list, i) => {
      head += `const c${i} = new OpenAI({ apiKey: 'k' });\n`;
      for (let n = 0; n < calls; n++)
        body += `  const r${i}_${n} = await c${i}.${sdk === 'raw' ? rawCalls[i] : list[n]};\n`;
    });
  } else {
    Object.entries(clients).forEach(([dir, [create, options, list]], i) => {
      head += `import { ${create} } from '@org/${dir}';\nconst c${i} = ${create}(${options});\n`;
      for (let n = 0; n < calls; n++)
        body += `  const r${i}_${n} = await c${i}.${sdk === 'raw' ? rawCalls[i] : list[n]};\n`;
    });
  }
  const names = body.match(/r\d_\d/g) ?? [];
  return `${head}export async function main() {\n${body}  return [${names.join(', ')}];\n}\n`;
}

/** One tsc run over one consumer file, in a fresh folder that links the packages as a user's app would. */
function check(sdk, calls) {
  const dir = mkdtempSync(join(tmpdir(), 'org-type-cost-'));
  try {
    mkdirSync(join(dir, 'node_modules/@org'), { recursive: true });
    for (const name of Object.keys(clients))
      symlinkSync(join(root, 'packages', name), join(dir, 'node_modules/@org', name));
    symlinkSync(join(root, 'bench/node_modules/openai'), join(dir, 'node_modules/openai'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'index.ts'), source(sdk, calls));
    const compilerOptions = {
      module: 'nodenext',
      target: 'es2022',
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
    const out = spawnSync(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' });
    const figure = (label) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(out.stdout)?.[1]);
    if (out.status !== 0)
      throw new Error(`type cost (${sdk}, ${calls} calls): tsc failed\n${out.stdout}${out.stderr}`);
    return {
      instantiations: figure('Instantiations'),
      types: figure('Types'),
      check: figure('Check time'),
      total: figure('Total time'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function typesBench({ rounds = 3 } = {}) {
  const variants = [
    ['ours', 0],
    ['ours', 1],
    ['ours', 5],
    ['raw', 1],
    ['openai', 1],
    ['openai', 5],
  ];
  const runs = new Map(variants.map((v) => [v.join(':'), []]));
  // Interleaved round by round, so a burst of load on the shared machine does not land on one variant.
  for (let r = 0; r < rounds; r++)
    for (const [sdk, calls] of variants) runs.get(`${sdk}:${calls}`).push(check(sdk, calls));
  const fig = (sdk, calls) => {
    const list = runs.get(`${sdk}:${calls}`);
    return {
      instantiations: list[0].instantiations,
      types: list[0].types,
      check: median(list.map((x) => x.check)),
      total: median(list.map((x) => x.total)),
    };
  };
  const [empty, one, five, raw, oaOne, oaFive] = variants.map(([sdk, calls]) => fig(sdk, calls));
  const extra = 4 * Object.keys(clients).length;
  const perCall = Math.round((five.instantiations - one.instantiations) / extra);
  const oaPerCall = Math.round((oaFive.instantiations - oaOne.instantiations) / extra);
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const row = (name, f, extraFields = {}) => ({
    bench: 'types',
    name,
    value: f.instantiations,
    unit: 'instantiations',
    note: `${f.types} types; check ${f.check} s, total ${f.total} s (median of ${rounds})`,
    ...extraFields,
  });
  return [
    row('empty file', empty),
    row('five clients, one typed call each', one, {
      ratio: ratio(one.check, oaOne.check),
      target: 'check and total time <= 1.1x openai',
      pass: one.check <= 1.1 * oaOne.check && one.total <= 1.1 * oaOne.total,
      note: `${one.types} types; check ${one.check} s, total ${one.total} s (${ratio(one.total, oaOne.total)}x openai's; median of ${rounds})`,
    }),
    row('five clients, five distinct typed calls each', five, { ratio: ratio(five.check, oaFive.check) }),
    row('five clients, one .raw call each', raw),
    row('openai, five typed calls', oaOne),
    row('openai, 25 typed calls', oaFive),
    {
      bench: 'types',
      name: 'per further typed call (ours)',
      value: perCall,
      unit: 'instantiations',
      target: '<= 100',
      pass: perCall <= 100,
      note: `openai: ${oaPerCall}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
  console.table(await typesBench({ rounds }));
}
