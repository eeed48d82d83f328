import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace';

export default defineConfig({
  test: {
    projects,
    // Transport tests run real servers on 127.0.0.1; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
