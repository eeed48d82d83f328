// Cells of the type matrix and imports of the dependency check that fail today, each with its reason and
// what removes it. A cell must fail with exactly the listed codes: when a fix lands the test fails until
// the entry is deleted here, so the list only shrinks and never silently goes stale. `*` matches any
// TypeScript version or configuration.
export const knownFailures = [
  {
    typescript: '5.5',
    config: 'nodenext-cjs',
    code: 'TS1479',
    reason:
      "msw's own types import the ESM-only `rettime`, which a CommonJS file can only require from TypeScript 5.8 (the READMEs say so)",
    fixedBy: 'msw, or raising the lowest TypeScript to 5.8',
  },
];

/** Bare imports in a package's .d.ts files that are not among its dependencies (a phantom dependency). */
export const knownPhantomImports = [];
