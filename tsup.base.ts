import { defineConfig } from 'tsup';

/** The one build every package shares: ESM + CJS + types for both, neutral platform, peers external. */
export function libraryConfig(entry: Record<string, string>) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    external: ['msw', 'zod', '@org/sdk-core'],
  });
}
