// Packs the packages and installs them into one app outside the repo, once for every test file of the
// project; the files get its directory through `inject('appDir')`. Skipped (and so are the tests) unless
// CI=true or AS_INSTALLED=1: a local `pnpm test` stays quick, `.ci/run` runs everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installApp, packAll } from './app.mjs';
import { ensureCompilers } from './matrix.mjs';

// pnpm's bin shims (how `pnpm test` and `npx vitest` start) set NODE_PATH to the workspace's node_modules,
// and CommonJS `require` searches it: an app outside the repo would then find packages it never installed
// (zod, found this way, hid a missing optional peer). Every test file imports this module, so clearing it
// here keeps the workspace out of every process the project starts.
delete process.env.NODE_PATH;

export const enabled = process.env.CI === 'true' || process.env.AS_INSTALLED === '1';

export default function setup({ provide }) {
  if (!enabled) return;
  ensureCompilers();
  // AS_INSTALLED_APP=<dir> reuses an app a previous run kept (KEEP_AS_INSTALLED=1), to iterate on one test.
  if (process.env.AS_INSTALLED_APP) {
    provide('appDir', process.env.AS_INSTALLED_APP);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'org-as-installed-'));
  const started = Date.now();
  const tarballs = packAll(join(root, 'tarballs'));
  const appDir = installApp({ tarballs, dir: join(root, 'app') });
  console.log(
    `as-installed: packed and installed into ${appDir} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  provide('appDir', appDir);
  provide('tarballs', tarballs);
  return () => {
    if (!process.env.KEEP_AS_INSTALLED) rmSync(root, { recursive: true, force: true });
  };
}
