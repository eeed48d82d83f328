// Fails when committed generated files differ from what `pnpm generate` writes now. Until a generator
// exists (no specs/ yet) there is nothing to compare, and it says so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('scripts/generate.mjs')) {
  console.log('no generator yet: nothing generated to check');
  process.exit(0);
}
execFileSync('node', ['scripts/generate.mjs'], { stdio: 'inherit' });
const diff = execFileSync(
  'git',
  [
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    ':(glob)packages/*/src/generated/**',
    ':(glob)packages/*/api.md',
  ],
  {
    encoding: 'utf8',
  },
);
if (diff.trim()) {
  console.error(`generated files are stale; run \`pnpm generate\` and commit:\n${diff}`);
  process.exit(1);
}
console.log('generated files are fresh');
