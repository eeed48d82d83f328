// Runs every benchmark in this one process, one after the other, and prints a table. `--json FILE` writes
// the figures; `--only NAME` runs one. Figures for the README come from here, on this machine.
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const benches = ['overhead', 'sse', 'storm', 'pagination', 'types'].filter((b) => !only || b === only);

const rows = [];
for (const name of benches) {
  const { default: bench } = await import(`./${name}.bench.mjs`);
  process.stderr.write(`running ${name}...\n`);
  rows.push(...(await bench()));
}
const machine = `${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
console.log(`machine: ${machine}\ndate: ${new Date().toISOString()}\n`);
console.table(
  rows.map((r) => ({
    bench: r.bench,
    variant: r.name,
    value: `${r.value} ${r.unit}`,
    ratio: r.ratio ?? '',
    target: r.target ?? '',
    pass: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    note: r.note ?? '',
  })),
);
if (jsonOut)
  writeFileSync(jsonOut, JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2));
const failed = rows.filter((r) => r.pass === false);
if (failed.length) {
  console.error(`${failed.length} benchmark target(s) missed`);
  process.exitCode = 1;
}
