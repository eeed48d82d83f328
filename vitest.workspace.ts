// The test projects, one per package. vitest 4 reads `projects` from the root config, which imports this list.
// Every package under packages/ with a test/ folder is a project of its own, named after the package
// folder less `-client`, so a new vendor client is picked up without editing this file.
import { existsSync, readdirSync } from 'node:fs';

/** `@org/sdk-core` and its subpath entries (`/validate`, `/msw`, `/msw-node`) mapped to core's src/. */
const coreSource = {
  find: /^@org\/sdk-core(\/[\w-]+)?$/,
  replacement: `${import.meta.dirname}/packages/core/src$1/index.ts`,
};

const clientProjects = readdirSync('./packages', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`./packages/${d.name}/test`))
  .map((d) => d.name)
  .sort()
  .map((dir) => ({
    // Inherit the root config's test options (the timeouts for transport tests on a loaded machine).
    extends: true,
    // Core from its source, so a client's tests see an edit to core without a rebuild. The packages as
    // users install them (dist) are what the as-installed project tests.
    resolve: { alias: [coreSource] },
    test: {
      name: dir.replace(/-client$/, ''),
      root: `./packages/${dir}`,
      include: ['test/**/*.test.ts'],
      // The fault suite and the slow memory tests are projects of their own (below).
      exclude: ['**/node_modules/**', 'test/faults/**', 'test/slow/**'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      // Issue 14's contract test: every request a client's tests send is checked against its spec.
      ...(existsSync(`./specs/${dir.replace(/-client$/, '')}.yaml`)
        ? {
            setupFiles: ['../../specs/contract/setup.ts'],
            env: { SDK_CONTRACT_VENDOR: dir.replace(/-client$/, '') },
          }
        : {}),
    },
  }));

const allProjects = [
  ...clientProjects,
  {
    extends: true,
    // Core and the clients against a hostile server on 127.0.0.1 (test/faults/ in any package): a rejection
    // nobody handles fails the run.
    resolve: { alias: [coreSource] },
    test: {
      name: 'faults',
      root: '.',
      include: ['packages/*/test/faults/**/*.test.ts'],
      pool: 'forks',
      execArgv: ['--unhandled-rejections=strict'],
    },
  },
  {
    // The packages as users install them (packed tarballs in an app outside the repo): the consumer app's
    // tests, the TypeScript and runtime matrices, README code and a release through a local registry. Heavy,
    // so its files run one at a time, and only when CI=true or AS_INSTALLED=1 (.ci/run sets CI).
    test: {
      name: 'as-installed',
      root: './tools/as-installed',
      include: ['test/**/*.test.ts'],
      globalSetup: ['./src/global-setup.mjs'],
      fileParallelism: false,
      testTimeout: 300_000,
      hookTimeout: 600_000,
    },
  },
  {
    extends: true,
    // Memory tests that stream hundreds of MiB (test/slow/ in any package): they take seconds and measure
    // memory, so they run one file at a time and last: `pnpm test` (tools/test-in-order.mjs) runs every
    // other project first, then this one.
    resolve: { alias: [coreSource] },
    test: {
      name: 'slow',
      root: '.',
      include: ['packages/*/test/slow/**/*.test.ts'],
      fileParallelism: false,
      testTimeout: 120_000,
    },
  },
  {
    extends: true,
    test: { name: 'demo', root: './examples/demo', include: ['test/**/*.test.ts'] },
  },
  {
    extends: true,
    // The generator's tests import generated modules from a temporary folder: core comes from its source.
    resolve: { alias: [coreSource] },
    test: { name: 'scripts', root: './scripts', include: ['test/**/*.test.ts'] },
  },
  {
    extends: true,
    test: { name: 'specs', root: './specs', include: ['test/**/*.test.ts'] },
  },
];

/** The projects that test one package's folder (packages/<dir>/test/): turbo's `test` task runs these. */
const packageScoped = new Set(['faults', 'slow', ...clientProjects.map((p) => p.test.name)]);

// SDK_TEST_SCOPE=repo: only the projects of no package (scripts, specs, demo, as-installed), for `pnpm test`
// after turbo has run (or replayed from its cache) each package's own `test` task.
export const projects =
  process.env.SDK_TEST_SCOPE === 'repo'
    ? allProjects.filter((p) => !packageScoped.has(p.test.name))
    : allProjects;
