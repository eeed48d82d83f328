// The test projects, one per package. vitest 4 reads `projects` from the root config, which imports this list.
export const projects = [
  {
    test: {
      name: 'core',
      root: './packages/core',
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    },
  },
  {
    test: {
      name: 'llamacloud',
      root: './packages/llamacloud-client',
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    },
  },
  {
    test: { name: 'mock-server', root: './packages/mock-server', include: ['test/**/*.test.ts'] },
  },
  {
    test: { name: 'consumer-app', root: './examples/consumer-app', include: ['test/**/*.test.ts'] },
  },
  {
    test: { name: 'demo', root: './examples/demo', include: ['test/**/*.test.ts'] },
  },
  {
    test: { name: 'scripts', root: './scripts', include: ['test/**/*.test.ts'] },
  },
  {
    test: { name: 'specs', root: './specs', include: ['test/**/*.test.ts'] },
  },
];
