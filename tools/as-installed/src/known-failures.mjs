// Cells of the type matrix and imports of the dependency check that fail today, each with its reason and
// what removes it. A cell must fail with exactly the listed codes: when a fix lands the test fails until
// the entry is deleted here, so the list only shrinks and never silently goes stale. `*` matches any
// TypeScript version or configuration.
export const knownFailures = [
  {
    typescript: '*',
    config: '*',
    code: 'TS2536',
    reason:
      "every client's bundled dist/index.d.ts (tsup dts) inlines the typed-call helpers over `paths[P]`, which no TypeScript accepts with skipLibCheck off (224 errors in the five clients)",
    fixedBy: 'generator / build: emit the call types so the bundled .d.ts keeps them as named, checked types',
  },
  {
    typescript: '5.5',
    config: '*',
    code: 'TS2315',
    reason: "the clients' .d.ts write `Uint8Array<ArrayBuffer>`, which is generic only from TypeScript 5.7",
    fixedBy:
      'write plain `Uint8Array` in the generated types, or raise the lowest TypeScript to 5.7 in the READMEs',
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

/** Bare imports in a package's .d.ts files that are not among its dependencies (a phantom dependency). */
export const knownPhantomImports = [];
