// The facts the specs' tests take from the vendors' seed documents are checked in (specs/seeds/*.json), so
// those tests run in a fresh clone. Where the seeds are at hand (CI has shared/ beside the clone), this
// checks the checked-in facts are what the seeds say; UPDATE_SEED_FACTS=1 rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractFacts, SEED_FILES, seedFacts, seedsDir, type Vendor } from '../seeds/extract';

const dir = seedsDir();
const vendors = Object.keys(SEED_FILES) as Vendor[];

describe.each(vendors)('%s seed facts', (vendor) => {
  const spec = parse(readFileSync(new URL(`../${vendor}.yaml`, import.meta.url), 'utf8')) as {
    components?: { schemas?: Record<string, unknown> };
  };

  it('are checked in and name their seed', () => {
    const facts = seedFacts(vendor);
    expect(facts.seed).toBe(SEED_FILES[vendor]);
    expect(Array.isArray(facts.schemasNamed)).toBe(true);
  });

  it.skipIf(!dir)('match what the seed document says', () => {
    const text = readFileSync(`${dir}/${SEED_FILES[vendor]}`, 'utf8');
    const extracted = extractFacts(vendor, text, Object.keys(spec.components?.schemas ?? {}));
    const file = new URL(`../seeds/${vendor}.json`, import.meta.url);
    if (process.env.UPDATE_SEED_FACTS) writeFileSync(file, `${JSON.stringify(extracted, null, 2)}\n`);
    expect(seedFacts(vendor)).toEqual(extracted);
    // The Redoc text has one "Responses" block per operation: the extractor found them all.
    if (vendor === 'inference') {
      expect(extracted.operations).toHaveLength(
        text.split('\n').filter((l) => l.trim() === 'Responses').length,
      );
    }
  });
});
