// Cells of the type matrix and imports of the dependency check that fail today, each with its reason and
// what removes it. The tests expect these to fail with the listed code, so when the fix lands they fail
// until the entry is deleted here: the list only shrinks, never silently goes stale.
export const knownFailures = [
  {
    typescript: '7.0',
    config: 'nodenext-cjs',
    code: 'TS2503',
    reason:
      "TS 7 in a CommonJS app: every client's dist/index.d.cts names the namespace `openapi_fetch`, which it cannot find (224 errors)",
    fixedBy: 'issue 15 (generator: the raw client types without the openapi_fetch namespace)',
  },
  {
    typescript: '5.5',
    config: 'nodenext-cjs',
    code: 'TS1479',
    reason:
      "msw's own types import the ESM-only `rettime`, which a CommonJS file can only require from TypeScript 5.8 (the READMEs say so)",
    fixedBy: 'msw, or raising the lowest TypeScript to 5.8',
  },
];

const clients = ['deepset', 'hotdata', 'inference', 'llamacloud', 'unstract'].map((v) => `@org/${v}-client`);

/** Bare imports in a package's .d.ts files that are not among its dependencies (a phantom dependency). */
export const knownPhantomImports = [
  {
    package: '@org/sdk-core',
    import: 'openapi-typescript-helpers',
    reason:
      "core's dist/index.d.ts imports it but it is only a devDependency: a strict installer leaves it out",
    fixedBy: 'issue 15 (generator/core packaging)',
  },
  ...clients.flatMap((client) =>
    ['openapi-fetch', 'openapi-typescript-helpers'].map((name) => ({
      package: client,
      import: name,
      reason: `the client's generated .d.ts imports ${name}, which only sdk-core (or nothing) depends on`,
      fixedBy: 'issue 15 (generator: the raw client types)',
    })),
  ),
];
