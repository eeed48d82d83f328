// What users can import is reviewed: the built declarations of every published package must match its
// checked-in report in api/. A change to the public API fails here until `pnpm api-report` rewrites the
// report, so the change shows up in review as a diff of api/*.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { publicEntries, reportFile, reportOf } from '../api-report.mjs';

describe('API reports', () => {
  it.each(publicEntries().map((p: { name: string }) => [p.name, p]))(
    '%s matches api/ (run `pnpm api-report` after a reviewed change)',
    (_name, pkg) => {
      expect(reportOf(pkg)).toBe(readFileSync(reportFile((pkg as { name: string }).name), 'utf8'));
    },
    180_000,
  );
});
