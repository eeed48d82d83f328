// The rules .changeset/ is held to (STYLE: changesets are written for users): each names public packages
// with a valid bump, says something a user can act on, and keeps internal work out; and every public package
// that has never been released has a changeset for its first release.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = join(root, '.changeset');

const publicPackages = readdirSync(join(root, 'packages'))
  .map((p) => JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8')))
  .filter((p) => !p.private);

const changesets = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const bumps = Object.fromEntries(
      [...(match?.[1] ?? '').matchAll(/^['"]?([^'":]+)['"]?:\s*(\S+)$/gm)].map((m) => [m[1], m[2]]),
    );
    return { file, bumps, body: (match?.[2] ?? '').trim() };
  });

// Words that describe our work rather than the user's change.
const internal = [
  /no behaviou?r change/i,
  /behaviou?r (is )?unchanged/i,
  /\brefactor/i,
  /\bissue \d+/i,
  /\bspecs\//,
  /\bthe generator\b/i,
  /\bCI\b/,
];

describe('.changeset', () => {
  it.each(changesets)('$file names public packages with a valid bump', ({ bumps }) => {
    expect(Object.keys(bumps).length).toBeGreaterThan(0);
    for (const [name, bump] of Object.entries(bumps)) {
      expect(publicPackages.map((p) => p.name)).toContain(name);
      expect(['patch', 'minor', 'major']).toContain(bump);
    }
  });

  it.each(changesets)('$file says something a user can act on, in their terms', ({ body }) => {
    expect(body.length).toBeGreaterThan(80);
    for (const word of internal) expect(body).not.toMatch(word);
  });

  it('every package not yet released has a changeset for its first release', () => {
    const unreleased = publicPackages.filter((p) => p.version === '0.0.0').map((p) => p.name);
    const covered = new Set(changesets.flatMap((c) => Object.keys(c.bumps)));
    expect(unreleased.filter((name) => !covered.has(name))).toEqual([]);
  });
});
