// What our types cost a user's compiler: a file that imports all five clients and makes one typed call on
// each, checked without skipLibCheck, against an empty file; and the cost of each further typed call.
// Issue 15's target: at most 100 type instantiations per typed call.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const clients = {
  'llamacloud-client': ['createLlamaCloudClient', '{ apiKey: "k" }', (c) => `${c}.pipelines.get('p_1')`],
  'hotdata-client': [
    'createHotdataClient',
    '{ apiKey: "k", workspaceId: "w" }',
    (c) => `${c}.queryRuns.get('r_1')`,
  ],
  'unstract-client': [
    'createUnstractClient',
    '{ apiKey: "k", orgId: "o" }',
    (c) => `${c}.deployments.list()`,
  ],
  'inference-client': ['createInferenceClient', '{ apiKey: "k" }', (c) => `${c}.models.list()`],
  'deepset-client': [
    'createDeepsetClient',
    '{ apiKey: "k", workspace: "w" }',
    (c) => `${c}.pipelines.get('p')`,
  ],
};

/** A consumer file making `calls` typed calls on each client (0: imports nothing). */
function source(calls) {
  if (!calls) return 'export const nothing = 1;\n';
  let text = '';
  let body = '';
  Object.entries(clients).forEach(([dir, [create, options, call]], i) => {
    text += `import { ${create} } from '@org/${dir}';\nconst c${i} = ${create}(${options});\n`;
    for (let n = 0; n < calls; n++) body += `  const r${i}_${n} = await ${call(`c${i}`)};\n`;
  });
  return `${text}export async function main() {\n${body}  return 1;\n}\n`;
}

function check(calls) {
  const dir = mkdtempSync(join(tmpdir(), 'org-type-cost-'));
  mkdirSync(join(dir, 'node_modules/@org'), { recursive: true });
  for (const name of Object.keys(clients))
    symlinkSync(join(root, 'packages', name), join(dir, 'node_modules/@org', name));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'index.ts'), source(calls));
  const compilerOptions = {
    module: 'nodenext',
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    lib: ['es2022', 'dom'],
    types: [],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  const out = spawnSync(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' });
  const figure = (label) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(out.stdout)?.[1]);
  if (out.status !== 0) throw new Error(`type cost: tsc failed\n${out.stdout}${out.stderr}`);
  return {
    instantiations: figure('Instantiations'),
    checkSeconds: figure('Check time'),
    total: figure('Total time'),
  };
}

export default async function typesBench() {
  const empty = check(0);
  const one = check(1);
  const three = check(3);
  const perCall = Math.round((three.instantiations - one.instantiations) / (2 * Object.keys(clients).length));
  return [
    { bench: 'types', name: 'empty file: instantiations', value: empty.instantiations, unit: '' },
    {
      bench: 'types',
      name: 'five clients, one call each: instantiations',
      value: one.instantiations,
      unit: '',
    },
    {
      bench: 'types',
      name: 'five clients, one call each: total tsc time',
      value: one.total,
      unit: 's',
      note: `empty file ${empty.total} s; skipLibCheck off`,
    },
    {
      bench: 'types',
      name: 'per further typed call',
      value: perCall,
      unit: 'instantiations',
      target: '<= 100',
      pass: perCall <= 100,
    },
  ];
}
