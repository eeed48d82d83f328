// Where the runtime matrix finds each runtime: Node 20 is the machine's own, the others are installed from
// npm into tools/runtimes (Bun, Deno, workerd, Node 22 and 24) or, for Chromium, from Debian.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const runtimes = fileURLToPath(new URL('../../runtimes/node_modules/', import.meta.url));

export const bins = {
  node22: `${runtimes}node22/bin/node`,
  node24: `${runtimes}node24/bin/node`,
  bun: `${runtimes}.bin/bun`,
  deno: `${runtimes}.bin/deno`,
  workerd: `${runtimes}.bin/workerd`,
  chromium: '/usr/bin/chromium',
};

/** The runtime's path, or an error that says how to get it. */
export function bin(name) {
  const path = bins[name];
  if (!existsSync(path)) {
    throw new Error(
      name === 'chromium'
        ? 'Chromium is missing: apt-get install chromium (.ci/run does it when it can)'
        : `${path} is missing: run pnpm install`,
    );
  }
  return path;
}
