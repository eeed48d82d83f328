// Every ```ts block of every README, and their compile under `strict` against an installed app: shared by
// the README test (msw 2, the workspace's) and the msw 3 run, so a snippet is checked against both majors.
// A block is a module of its own (top-level await allowed); names it leaves to the reader (a CSV's text, a
// file's bytes) are declared by an HTML comment just above it, `<!-- ts-context: declare const csv: string;
// -->`, which GitHub does not show. A block that cannot compile on its own says why just above it,
// `<!-- ts-skip: builds on the reader's own openapi-typescript output -->`, so the reason moves with the block
// when a README is edited (a list of block numbers went stale whenever a block was added above one).
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repo } from './app.mjs';
import { configs, tscBin } from './matrix.mjs';

const run = promisify(execFile);

const readmes = ['README.md', ...readdirSync(join(repo, 'packages')).map((d) => `packages/${d}/README.md`)];

/** Every block: `{ id: 'packages/x/README.md#n', code, skip }`, `skip` being the reason it is not compiled. */
export const blocks = readmes.flatMap((file) => {
  const text = readFileSync(join(repo, file), 'utf8');
  const block = /(?:<!-- ts-(context|skip): ([\s\S]*?) -->\n)?^```ts\n([\s\S]*?)^```$/gm;
  return [...text.matchAll(block)].map((m, i) => ({
    id: `${file}#${i + 1}`,
    code: `${m[1] === 'context' ? m[2] : ''}\n${m[3]}\nexport {};\n`,
    skip: m[1] === 'skip' ? m[2].trim() : undefined,
  }));
});

/**
 * Compiles the blocks in `appDir` with TypeScript 5.9 and returns `{ count, errors }`: how many blocks were
 * compiled and the compiler's errors in them, each naming its README block ('' when there are none).
 */
export async function compileReadmeBlocks(appDir) {
  const dir = join(appDir, 'readme');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const names = new Map();
  for (const block of blocks) {
    if (block.skip) continue;
    const name = `${block.id.replace(/[/#.]/g, '_')}.ts`;
    names.set(name, block.id);
    writeFileSync(join(dir, name), block.code);
  }
  const config = join(appDir, 'tsconfig.readme.json');
  writeFileSync(config, JSON.stringify({ ...configs['nodenext-esm'], include: ['readme'] }));
  const output = await run(process.execPath, [tscBin('5.9'), '-p', config], { cwd: appDir }).then(
    () => '',
    (err) => err.stdout ?? String(err),
  );
  // Errors inside the packages' own .d.ts are the type matrix's to report; here only the README code counts.
  const ours = output
    .split('\n')
    .filter((line) => line.startsWith('readme/'))
    .join('\n');
  // Name the README block, not the temporary file.
  const errors = ours.replace(/readme\/([\w-]+\.ts)/g, (_, file) => names.get(file) ?? file);
  return { count: names.size, errors };
}
