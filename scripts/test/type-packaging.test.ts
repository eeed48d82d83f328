// Our declarations as a user's compiler meets them: installed as the package ships them (dist and
// package.json, not a workspace link), with only the package's declared dependencies beside it, checked
// without skipLibCheck by TypeScript 5.9 and 7 from a CommonJS and an ES module package. Needs `pnpm build`.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const packages = readdirSync(join(root, 'packages')).filter((d) =>
  existsSync(join(root, 'packages', d, 'dist')),
);
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
const declared = (dir: string) => {
  const m = manifest(dir);
  return new Set([...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]);
};
const declarations = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.d\.c?ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('built declarations', () => {
  it.each(packages)('%s imports only packages it depends on', (dir) => {
    const deps = declared(dir);
    const imported = new Set<string>();
    for (const file of declarations(join(root, 'packages', dir, 'dist'))) {
      const text = readFileSync(file, 'utf8');
      // Import and export statements and import types; not the examples in doc comments.
      const statements = text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*'([^'.][^']*)'/gm);
      const types = text.matchAll(/\bimport\('([^'.][^']*)'\)/g);
      for (const [, spec] of [...statements, ...types]) {
        const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
        if (!name.startsWith('node:') && name !== manifest(dir).name) imported.add(name);
      }
    }
    // A phantom dependency resolves in the workspace and breaks (or becomes `any`) in a user's install.
    expect([...imported].filter((name) => !deps.has(name))).toEqual([]);
  });
});

/** Installs a package as it ships (dist + package.json) and links its declared dependencies next to it. */
function install(nodeModules: string, dir: string): void {
  const m = manifest(dir);
  const target = join(nodeModules, m.name);
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'packages', dir, 'dist'), join(target, 'dist'), { recursive: true });
  writeFileSync(join(target, 'package.json'), JSON.stringify(m));
  for (const dep of declared(dir)) {
    const from = join(root, 'packages', dir, 'node_modules', dep);
    const to = join(nodeModules, dep);
    if (dep.startsWith('@org/') || existsSync(to) || !existsSync(from)) continue;
    mkdirSync(join(to, '..'), { recursive: true });
    symlinkSync(realpathSync(from), to);
  }
}

const consumer = `import { createHotdataClient, type QueryRunsGetResponse } from '@org/hotdata-client';

const hotdata = createHotdataClient({ apiKey: 'k', workspaceId: 'ws_1' });

export async function main(run: QueryRunsGetResponse): Promise<string> {
  const { data } = await hotdata.raw.GET('/v1/workspaces');
  // @ts-expect-error data is the typed body, not any
  const wrong: number = data?.workspaces;
  const status: string = run.status;
  return [wrong, status.toUpperCase(), data?.workspaces[0]?.name].join();
}
`;

/** TypeScript 7 from the registry, installed once per machine into node_modules/.cache. */
function typescript7(): string {
  const prefix = join(root, 'node_modules/.cache/org-typescript-7');
  const bin = join(prefix, 'node_modules/typescript/bin/tsc');
  if (!existsSync(bin)) {
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--prefix', prefix, 'typescript@7.0.2'],
      {
        stdio: 'ignore',
      },
    );
  }
  return bin;
}

describe('a consumer of the installed packages, without skipLibCheck', { timeout: 300_000 }, () => {
  let app = '';
  const compilers: Record<string, string> = {};
  beforeAll(() => {
    app = mkdtempSync(join(tmpdir(), 'org-consumer-'));
    for (const dir of ['core', 'hotdata-client']) install(join(app, 'node_modules'), dir);
    compilers['5.9'] = join(root, 'node_modules/typescript/bin/tsc');
    compilers['7.0'] = typescript7();
  }, 300_000);

  it.each([
    ['5.9', 'commonjs'],
    ['7.0', 'commonjs'],
    ['5.9', 'module'],
    ['7.0', 'module'],
  ])('TypeScript %s, package type %s: 0 errors', (version, type) => {
    const dir = join(app, `${version}-${type}`);
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(app, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type }));
    writeFileSync(join(dir, 'index.ts'), consumer);
    const options = {
      module: 'nodenext',
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      lib: ['es2022', 'dom'],
    };
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...options, types: [] }, files: ['index.ts'] }),
    );
    const result = spawnSync(process.execPath, [compilers[version]!, '-p', dir], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
