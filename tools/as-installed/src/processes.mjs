// What the runtime matrix and the browser tests share: child processes that print their URL, browser
// bundles of the consumer app's runtime entries, free ports, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bin } from './runtimes.mjs';

/**
 * Starts a process, adds it to `children` (for the caller to kill) and resolves with its first line of output.
 */
export function start(cmd, args, cwd, children) {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => reject(new Error(`${cmd} exited with ${code}: ${err}`)));
  });
}

/** Bundles `runtime/<entry>.mjs` of the app for a platform; returns the bundle's path. */
export async function bundle(appDir, entry, platform) {
  const outfile = join(appDir, `runtime/${entry}.bundle.js`);
  await build({
    entryPoints: [join(appDir, `runtime/${entry}.mjs`)],
    absWorkingDir: appDir,
    bundle: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    conditions: ['worker', 'browser', 'import'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Debian's Chromium, headless, through playwright-core (no browser download). */
export function launchChromium() {
  return chromium.launch({ executablePath: bin('chromium'), args: ['--no-sandbox'] });
}
