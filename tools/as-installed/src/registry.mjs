// A local npm registry (Verdaccio, installed from npm) on 127.0.0.1: @org/* packages live only there;
// anything else is fetched from the public registry through it, as a user's registry proxy would.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { bin as runtime } from './runtimes.mjs';

const require = createRequire(import.meta.url);

/** Starts Verdaccio with its storage under `dir`; resolves with `{ url, token, stop }`. */
export async function startRegistry(dir) {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 10
uplinks:
  npmjs:
    url: ${process.env.npm_config_registry || 'https://registry.npmjs.org/'}
packages:
  '@org/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    proxy: npmjs
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const bin = join(require.resolve('verdaccio/package.json'), '../bin/verdaccio');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Verdaccio 6 needs Node 22 or newer: it runs on the Node 24 from tools/runtimes.
  const child = spawn(runtime('node24'), [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let exited = false;
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.on('exit', () => {
    exited = true;
  });
  // Ready once it answers its ping; 100 tries 300 ms apart, or its own exit, end the wait.
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (exited || i === 100) {
      child.kill();
      throw new Error(`verdaccio did not start on ${url}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  // A user to publish as; Verdaccio answers with the token npm would store after `npm adduser`.
  const answer = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'release-password', type: 'user' }),
  });
  const { token } = await answer.json();
  if (!token) throw new Error(`verdaccio gave no token (${answer.status})`);
  return {
    url,
    token,
    /** An .npmrc that installs from and publishes to this registry. */
    npmrc: `registry=${url}\n//${url.replace(/^http:\/\//, '')}:_authToken=${token}\n`,
    stop: () => child.kill(),
  };
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
