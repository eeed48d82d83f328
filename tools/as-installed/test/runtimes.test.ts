// The same tarballs under every runtime: typed calls, a paginated list, a stream, a retried 429 and a
// typed error, against the mock server (examples/consumer-app/runtime/).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';
import { bundle, freePort, launchChromium, start as startProcess } from '../src/processes.mjs';
import { bin } from '../src/runtimes.mjs';

const run = promisify(execFile);
const expected = { typed: true, chats: 3, streamed: true, error: 'NotFoundError 404' };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Starts a process and resolves with its first line of output. */
const start = (cmd: string, args: string[], cwd: string): Promise<string> =>
  startProcess(cmd, args, cwd, children);

/** The mock server, optionally serving a browser bundle. */
function host(appDir: string, bundle?: string) {
  return start(process.execPath, ['runtime/host.mjs', ...(bundle ? [bundle] : [])], appDir);
}

const cli: [string, () => [string, string[]]][] = [
  ['node 20 (this machine)', () => [process.execPath, ['runtime/run.mjs']]],
  ['node 22', () => [bin('node22'), ['runtime/run.mjs']]],
  ['node 24', () => [bin('node24'), ['runtime/run.mjs']]],
  ['bun', () => [bin('bun'), ['runtime/run.mjs']]],
  ['deno', () => [bin('deno'), ['run', '--allow-net', '--allow-env', '--allow-read', 'runtime/run.mjs']]],
];

describe.skipIf(!enabled)('runtimes as installed', () => {
  it.each(cli)('%s', async (_name, command) => {
    const appDir = inject('appDir');
    const url = await host(appDir);
    const [cmd, args] = command();
    const { stdout } = await run(cmd, [...args, url], { cwd: appDir, timeout: 120_000 });
    expect(JSON.parse(stdout.trim().split('\n').pop() as string)).toEqual(expected);
  });

  it('workerd', async () => {
    const appDir = inject('appDir');
    const worker = await bundle(appDir, 'worker', 'neutral');
    const port = await freePort();
    const config = join(appDir, 'runtime/workerd.capnp');
    writeFileSync(
      config,
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.bundle.js")],
  compatibilityDate = "2025-01-01",
  compatibilityFlags = ["nodejs_compat"],
  globalOutbound = "loopback",
);
`,
    );
    expect(worker).toContain('worker.bundle.js');
    const url = await host(appDir);
    const child = spawn(bin('workerd'), ['serve', config], { cwd: appDir, stdio: 'ignore' });
    children.push(child);
    let answer: unknown;
    for (let i = 0; i < 100 && answer === undefined; i++) {
      answer = await fetch(`http://127.0.0.1:${port}/?base=${encodeURIComponent(url)}`)
        .then((r) => r.json())
        .catch(() => new Promise((r) => setTimeout(r, 200)));
    }
    expect(answer).toEqual(expected);
  });

  it('chromium', async () => {
    const appDir = inject('appDir');
    const url = await host(appDir, await bundle(appDir, 'browser', 'browser'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/__smoke/`);
      await page.waitForFunction(() => 'smokeResult' in globalThis);
      const result = await page.evaluate(
        () => (globalThis as unknown as { smokeResult: unknown }).smokeResult,
      );
      expect(result).toEqual(expected);
    } finally {
      await browser.close();
    }
  });
});
