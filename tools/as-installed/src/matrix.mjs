// The type matrix: each supported TypeScript (compilers/package.json, `ts-<version>`) over each way an app
// resolves modules, always `strict` with `skipLibCheck: false`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const compilers = fileURLToPath(new URL('../compilers/', import.meta.url));
const require = createRequire(join(compilers, 'package.json'));

/** Installs the compilers from compilers/package-lock.json unless they are there. */
export function ensureCompilers() {
  if (existsSync(join(compilers, 'node_modules/ts-7.0/package.json'))) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: compilers,
    stdio: 'inherit',
  });
}

/** The oldest TypeScript the packages support; the READMEs state it, a test holds them to it. */
export const lowestTypeScript = '5.5';
export const typescripts = [lowestTypeScript, '5.9', '6.0', '7.0'];

/** The `tsc` of one TypeScript version. */
export function tscBin(version) {
  const pkg = require.resolve(`ts-${version}/package.json`);
  return join(dirname(pkg), 'bin', 'tsc');
}

const common = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: ['node'],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
};

/**
 * Each configuration: a tsconfig and the files it checks. `nodenext-cjs` checks a copy of types/usage.ts
 * in a folder whose package.json says `"type": "commonjs"` (what `npm init -y` gives).
 */
export const configs = {
  'nodenext-esm': {
    compilerOptions: { ...common, module: 'NodeNext', moduleResolution: 'NodeNext' },
    include: ['src', 'test', 'types'],
  },
  'nodenext-cjs': {
    compilerOptions: { ...common, module: 'NodeNext', moduleResolution: 'NodeNext' },
    include: ['cjs'],
  },
  bundler: {
    compilerOptions: { ...common, module: 'ESNext', moduleResolution: 'Bundler' },
    include: ['src', 'test', 'types'],
  },
};
