import { expect } from 'vitest';
import type { UploadProgress } from '../../src/index';

/**
 * Checks a run of progress reports: attempts numbered 1, 2, ... in order, each starting at `{ loaded: 0 }`
 * and growing within the attempt, and the last attempt reaching `size` exactly once, as its last report.
 * Returns the reports of each attempt.
 */
export function checkProgress(events: UploadProgress[], size: number, attempts = 1): UploadProgress[][] {
  const runs: UploadProgress[][] = [];
  for (const event of events) {
    if (event.attempt !== runs.length) {
      expect(event).toMatchObject({ loaded: 0, attempt: runs.length + 1 });
      runs.push([]);
    }
    const run = runs[runs.length - 1]!;
    const before = run[run.length - 1];
    if (before) expect(event.loaded).toBeGreaterThan(before.loaded);
    expect(event.loaded).toBeLessThanOrEqual(size);
    run.push(event);
  }
  expect(runs.length).toBe(attempts);
  const last = runs[runs.length - 1]!;
  expect(last.filter((e) => e.loaded === size)).toHaveLength(1);
  expect(last[last.length - 1]!.loaded).toBe(size);
  return runs;
}
