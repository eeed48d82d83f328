import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// zod is an optional peer, loaded by core's zod-peer.ts with a top-level await that names the fix when it is
// missing; a CommonJS module cannot await, so the CommonJS build takes its twin that requires zod instead.
const zodPeerCjs = fileURLToPath(new URL('./packages/core/src/zod-peer.cjs.ts', import.meta.url));
// The same for @opentelemetry/api, the optional peer of `./otel`.
const otelPeerCjs = fileURLToPath(new URL('./packages/core/src/otel/api-peer.cjs.ts', import.meta.url));

/**
 * Where `tsc -p tsconfig.build.json` (the first half of each package's build script) writes an entry's
 * declarations: `src/msw/index.ts` -> `.types/msw/index.d.ts`.
 */
const declarationsOf = (entry: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entry).map(([name, source]) => [
      name,
      source.replace(/^src\//, '.types/').replace(/\.ts$/, '.d.ts'),
    ]),
  );

/**
 * The one build every package shares: ESM + CJS + types for both, neutral platform, peers external.
 * Types: tsup bundles the declarations tsc has already written, rather than having rollup-plugin-dts emit
 * them from the sources file by file, which took three times tsc's time and dominated a cold build
 * (decisions/008). tsc still checks the sources first, so a type error fails the build as it did.
 * `splitting: true` puts modules shared by entries into chunks in the CommonJS build too (tsup splits only
 * ESM by default), for a package whose entries must share one copy of a class.
 */
export function libraryConfig(entry: Record<string, string>, { splitting }: { splitting?: boolean } = {}) {
  return defineConfig({
    entry,
    ...(splitting ? { splitting } : {}),
    format: ['esm', 'cjs'],
    dts: { entry: declarationsOf(entry) },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    external: ['msw', 'zod', '@opentelemetry/api', '@org/sdk-core'],
    esbuildPlugins: [
      {
        name: 'zod-peer-cjs',
        setup(build) {
          // With treeshake on, tsup has esbuild emit ESM for the CommonJS build too (rollup converts it), so
          // the output extension is what tells the two builds apart.
          if (build.initialOptions.outExtension?.['.js'] !== '.cjs') return;
          build.onResolve({ filter: /\/zod-peer$/ }, () => ({ path: zodPeerCjs }));
          build.onResolve({ filter: /\/api-peer$/ }, () => ({ path: otelPeerCjs }));
        },
      },
    ],
  });
}
