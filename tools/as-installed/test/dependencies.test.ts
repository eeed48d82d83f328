// Every package its installed type declarations import is one of its dependencies (or peers): otherwise a
// strict installer (pnpm, Yarn PnP) leaves it out and the user's types break or silently become `any`.
// npm's hoisting hides this in the app, so the check reads the installed .d.ts files themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';
import { knownPhantomImports } from '../src/known-failures.mjs';

function declarations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.d\.c?ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** `lodash/fp` -> `lodash`, `@scope/pkg/sub` -> `@scope/pkg`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe.skipIf(!enabled)('dependencies of the installed types', () => {
  it('every package a .d.ts imports is a dependency or peer of the package that ships it', () => {
    const scope = join(inject('appDir'), 'node_modules/@org');
    const phantoms: string[] = [];
    for (const dir of readdirSync(scope)) {
      const pkg = JSON.parse(readFileSync(join(scope, dir, 'package.json'), 'utf8'));
      const declared = new Set([pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })]);
      const imported = new Set<string>();
      for (const file of declarations(join(scope, dir, 'dist'))) {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        for (const [, spec] of code.matchAll(/(?:from|import\()\s*['"]([^'".][^'"]*)['"]/g)) {
          if (!spec?.startsWith('node:')) imported.add(packageOf(spec as string));
        }
      }
      for (const name of imported) if (!declared.has(name)) phantoms.push(`${pkg.name} -> ${name}`);
    }
    const known = knownPhantomImports.map((k) => `${k.package} -> ${k.import}`);
    expect(phantoms.sort()).toEqual(known.sort());
  });
});
