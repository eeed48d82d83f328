// The release as a user meets it: `changeset version` and `changeset publish` from a copy of the repo into a
// local registry (Verdaccio on 127.0.0.1), then a fresh app outside the repo runs
// `npm install @org/hotdata-client msw zod` (the mock's peers, as the README says) from that registry and
// passes a mocked test.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repo } from '../src/app.mjs';
import { enabled } from '../src/global-setup.mjs';
import { startRegistry } from '../src/registry.mjs';

const exec = promisify(execFile);
// Every step has a deadline, so a stuck step fails with its own name instead of the test's timeout.
const run = (cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  exec(cmd, args, { timeout: 240_000, ...options });
const root = mkdtempSync(join(tmpdir(), 'org-release-'));
let stop = () => {};
afterAll(() => {
  stop();
  rmSync(root, { recursive: true, force: true });
});

/** The repo as CI has it (sources, built dist/, .changeset), without node_modules or git history. */
function copyRepo(dest: string) {
  cpSync(repo, dest, {
    recursive: true,
    filter: (src) => !/\/(node_modules|\.git|\.turbo|coverage)(\/|$)/.test(src.slice(repo.length - 1)),
  });
}

/**
 * `pnpm publish` turns `workspace:*` into the version it finds installed: link each package's workspace
 * dependencies into its node_modules, which is all of an install that publishing needs.
 */
function linkWorkspaceDependencies(source: string) {
  const dirs = readdirSync(join(source, 'packages'));
  const byName = new Map(
    dirs.map((d) => [JSON.parse(readFileSync(join(source, 'packages', d, 'package.json'), 'utf8')).name, d]),
  );
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(source, 'packages', dir, 'package.json'), 'utf8'));
    const specs = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies };
    for (const [name, spec] of Object.entries(specs)) {
      if (!String(spec).startsWith('workspace:')) continue;
      const link = join(source, 'packages', dir, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(source, 'packages', byName.get(name) as string), link);
    }
  }
}

const mockedTest = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createHotdataClient } from '@org/hotdata-client';
import { createHotdataMock } from '@org/hotdata-client/msw';

const mock = createHotdataMock();
const server = setupServer(...mock.handlers);

test('reports revenue by region', async () => {
  server.listen({ onUnhandledRequest: 'error' });
  try {
    mock.queries.register('select region, sum(total) from sales group by region', {
      columns: ['region', 'sum(total)'],
      rows: [['EU', 120], ['US', 80]],
    });
    const hotdata = createHotdataClient({ apiKey: 'test', workspaceId: mock.workspaceId });
    const { rows } = await hotdata.runQuery('select region, sum(total) from sales group by region');
    assert.deepEqual(rows, [['EU', 120], ['US', 80]]);
  } finally {
    server.close();
  }
});
`;

describe.skipIf(!enabled)('release through a registry', () => {
  it('versions, publishes, and installs from the registry into a fresh app', async () => {
    const registry = await startRegistry(join(root, 'registry'));
    stop = registry.stop;

    const source = join(root, 'repo');
    copyRepo(source);
    writeFileSync(join(source, '.npmrc'), registry.npmrc);
    const git = (...args: string[]) => run('git', args, { cwd: source });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('-c', 'user.name=release', '-c', 'user.email=release@example.test', 'commit', '-qm', 'release');

    // changesets publishes with pnpm in a pnpm workspace; pnpm comes through npx, as everywhere here.
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'pnpm'), '#!/bin/sh\nexec npx -y pnpm@10.34.9 "$@"\n');
    chmodSync(join(bin, 'pnpm'), 0o755);
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      npm_config_registry: registry.url,
      NO_COLOR: '1',
    };
    const changeset = join(repo, 'tools/as-installed/node_modules/@changesets/cli/bin.js');
    await run(process.execPath, [changeset, 'version'], { cwd: source, env });
    const changelog = readFileSync(join(source, 'packages/hotdata-client/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('First release of `@org/hotdata-client`');
    const version = JSON.parse(
      readFileSync(join(source, 'packages/hotdata-client/package.json'), 'utf8'),
    ).version;
    expect(version).toBe('0.1.0');

    linkWorkspaceDependencies(source);
    const published = await run(process.execPath, [changeset, 'publish'], { cwd: source, env });
    expect(`${published.stdout}${published.stderr}`).toMatch(/@org\/hotdata-client@0\.1\.0/);

    // A user's app: nothing from the repo, only the registry.
    const app = join(root, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "my-app", "private": true, "type": "module" }\n');
    writeFileSync(join(app, '.npmrc'), `registry=${registry.url}\n`);
    writeFileSync(join(app, 'revenue.test.mjs'), mockedTest);
    const npmEnv = { ...process.env, npm_config_registry: registry.url };
    await run('npm', ['install', '--no-audit', '--no-fund', '@org/hotdata-client', 'msw', 'zod'], {
      cwd: app,
      env: npmEnv,
    });
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules/@org/hotdata-client/package.json'), 'utf8'),
    );
    expect(installed.version).toBe('0.1.0');
    const core = JSON.parse(readFileSync(join(app, 'node_modules/@org/sdk-core/package.json'), 'utf8'));
    expect(core.version).toBe('0.1.0');
    const { stdout } = await run(process.execPath, ['--test', 'revenue.test.mjs'], { cwd: app });
    expect(stdout).toMatch(/# pass 1/);
    expect(stdout).toMatch(/# fail 0/);
  });
});
