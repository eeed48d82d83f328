// What src/global-setup.mjs provides to the test files.
declare module 'vitest' {
  export interface ProvidedContext {
    appDir: string;
    tarballs: Record<string, string>;
  }
}
export {};
