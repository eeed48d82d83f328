// The msw 3 run's vitest config (test/msw3.test.ts copies it into the app): the copied test files only.
export default {
  test: { include: ['msw3/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 20_000 },
};
