// Checks every publishable package the way a registry user would meet it: publint (package.json and
// exports) and are-the-types-wrong on the packed tarball (types for ESM and CJS under every resolution).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let failures = 0;
for (const dir of readdirSync('packages')) {
  const root = join('packages', dir);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  // Pack once with pnpm (which rewrites catalog: and workspace: ranges as a publish would) and check the tarball.
  const out = mkdtempSync(join(tmpdir(), 'pack-'));
  execFileSync('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', out], {
    cwd: root,
    stdio: 'ignore',
  });
  const tarball = join(out, readdirSync(out)[0]);
  for (const [tool, args] of [
    ['publint', ['run', tarball, '--strict']],
    ['attw', [tarball, '--format', 'table-flipped']],
  ]) {
    try {
      execFileSync(resolve('node_modules/.bin', tool), args, { cwd: root, stdio: 'inherit' });
      console.log(`${pkg.name}: ${tool} ok`);
    } catch {
      console.error(`${pkg.name}: ${tool} found problems`);
      failures++;
    }
  }
  rmSync(out, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
