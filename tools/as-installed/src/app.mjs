// Builds the app a user would have: the workspace's public packages packed into tarballs (`pnpm pack`,
// which turns `workspace:*` into versions as publishing does) and installed with npm into a directory
// outside the repo. Only third-party packages (msw, vitest, @types/node) come from the npm registry.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(repo, 'examples/consumer-app');

/** The workspace packages a user can install: every package under packages/ that is not private. */
export function publicPackages() {
  return readdirSync(join(repo, 'packages'))
    .map((dir) => ({
      dir: join(repo, 'packages', dir),
      json: readJson(join(repo, 'packages', dir, 'package.json')),
    }))
    .filter((p) => !p.json.private)
    .map((p) => ({ name: p.json.name, dir: p.dir, version: p.json.version }));
}

/** Packs every public package into `dest` and returns `{ name: absolute tarball path }`. */
export function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const tarballs = {};
  for (const pkg of publicPackages()) {
    const out = execFileSync('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', dest], {
      cwd: pkg.dir,
      encoding: 'utf8',
    });
    const file = out.trim().split('\n').pop().trim();
    tarballs[pkg.name] = file.startsWith('/') ? file : join(dest, file);
  }
  return tarballs;
}

/** A package's version range in the workspace catalog (pnpm-workspace.yaml). */
export function catalogVersion(name) {
  const catalog = readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8');
  return new RegExp(`^\\s+'?${name.replace('/', '\\/')}'?: (\\S+)`, 'm').exec(catalog)?.[1];
}

/** The third-party packages the app installs from the registry, at the workspace's own versions. */
export function thirdParty() {
  const version = catalogVersion;
  return {
    msw: version('msw'),
    vitest: version('vitest'),
    '@types/node': version('@types/node'),
    zod: version('zod'),
    // The optional peer of `@org/sdk-core/otel`, for the README's tracing block.
    '@opentelemetry/api': version('@opentelemetry/api'),
  };
}

/**
 * Writes the consumer app (examples/consumer-app, less its package.json) into a fresh directory outside the
 * repo and runs `npm install` there. `devDependencies` adds to or replaces the third-party packages (msw 3
 * for the msw 3 run). Returns the app's directory.
 */
export function installApp({
  tarballs,
  dir = mkdtempSync(join(tmpdir(), 'org-consumer-app-')),
  devDependencies = {},
}) {
  cpSync(example, dir, {
    recursive: true,
    filter: (src) => !src.includes('node_modules') && src !== join(example, 'package.json'),
  });
  const template = readJson(join(example, 'package.json'));
  const deps = {};
  for (const [name, file] of Object.entries(tarballs)) deps[name] = `file:${file}`;
  const pkg = {
    ...template,
    dependencies: deps,
    devDependencies: { ...thirdParty(), ...devDependencies },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  npm(dir, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  return dir;
}

/** Runs npm in `cwd`, showing its output only when it fails. */
export function npm(cwd, args, env = {}) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: 'pipe' });
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
