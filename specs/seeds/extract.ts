// What the specs' tests check against the vendors' seed documents (../../../shared/seeds, outside the repo),
// extracted into specs/seeds/<vendor>.json so that the checks run in a fresh clone too. When the seeds are
// beside the clone, specs/test/seed-facts.test.ts checks that the checked-in facts are still what this
// module extracts (and rewrites them with UPDATE_SEED_FACTS=1).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each vendor's seed document (shared/seeds/README.md). */
export const SEED_FILES = {
  deepset: '000_ae147c39456149e6.txt',
  inference: '001_799f2a1ed917cf9d.txt',
  hotdata: '002_446e28a5e5ab0d53.txt',
  unstract: '003_c2e3c85848176433.txt',
  llamacloud: '004_b75367e32eb82d62.txt',
} as const;

export type Vendor = keyof typeof SEED_FILES;

/** What a seed says that a test checks the spec against. */
export interface SeedFacts {
  seed: string;
  /** `METHOD /path` as the seed writes it, in its order (deepset: with whether it is listed as private). */
  endpoints?: { endpoint: string; private?: boolean }[];
  /** Inference: each operation's title and description line. */
  operations?: { title: string; description: string }[];
  /** Inference: every enum value the seed lists. */
  enumValues?: string[];
  /** LlamaCloud: the seed's operationIds. */
  operationIds?: string[];
  /** The spec's schema names the seed names (the others need `x-sdk-notes`). */
  schemasNamed: string[];
}

/**
 * The seeds folder: SDK_SHARED_DIR's, else `shared/` beside the clone, else /work/shared; undefined without one.
 * @example const dir = seedsDir(); if (dir) readFileSync(`${dir}/${SEED_FILES.deepset}`, 'utf8');
 */
export function seedsDir(): string | undefined {
  const candidates = [
    process.env.SDK_SHARED_DIR && `${process.env.SDK_SHARED_DIR}/seeds`,
    fileURLToPath(new URL('../../../shared/seeds', import.meta.url)),
    '/work/shared/seeds',
  ];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir as string));
}

/**
 * The checked-in facts of one vendor's seed.
 * @example const { endpoints } = seedFacts('hotdata');
 */
export function seedFacts(vendor: Vendor): SeedFacts {
  return JSON.parse(readFileSync(new URL(`./${vendor}.json`, import.meta.url), 'utf8')) as SeedFacts;
}

/**
 * The facts of one vendor's seed text, against the names of its spec's schemas.
 * @example extractFacts('unstract', readFileSync(seedPath, 'utf8'), Object.keys(spec.components.schemas));
 */
export function extractFacts(vendor: Vendor, text: string, schemaNames: string[]): SeedFacts {
  const schemasNamed = schemaNames.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  const base = { seed: SEED_FILES[vendor], schemasNamed };
  switch (vendor) {
    case 'deepset': {
      const privateStart = text.indexOf('Private Endpoints');
      const endpoints = [...text.matchAll(/(GET|POST|PUT|PATCH|DELETE) (\/\S*)/g)].map((m) => ({
        endpoint: `${m[1]} ${m[2]}`,
        private: (m.index ?? 0) > privateStart,
      }));
      return { ...base, endpoints };
    }
    case 'hotdata':
      return {
        ...base,
        endpoints: [...text.matchAll(/^Endpoint: (GET|POST|PUT|PATCH|DELETE) (\S+)$/gm)].map(
          ([, method, path]) => ({ endpoint: `${method} ${path}` }),
        ),
      };
    case 'unstract':
      return { ...base, endpoints: unstractEndpoints(text).map((endpoint) => ({ endpoint })) };
    case 'inference':
      return {
        ...base,
        operations: inferenceOperations(text),
        enumValues: [...text.matchAll(/^(?:Items )?Enum: (.+)$/gm)].flatMap((line) =>
          ((line[1] as string).match(/"([^"]+)"/g) ?? []).map((v) => v.slice(1, -1)),
        ),
      };
    case 'llamacloud':
      return {
        ...base,
        operationIds: [...text.matchAll(/operationId:\s*(\w+)/g)].map((m) => m[1] as string),
      };
  }
}

/** The seed lists each endpoint as a method line, then the path glued to its one-line description. */
function unstractEndpoints(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(line)) return;
    const path = /^(\/\S*?\/)(?=[A-Z]|$)/.exec(lines[i + 1] ?? '')?.[1];
    if (path) out.push(`${line} ${path}`);
  });
  return out;
}

/**
 * The operations of the Redoc text: a title line, its description line, then the first block of the
 * operation (parameters, request body, or responses). Field listings also end in a marker, but there the
 * line after the name is its type.
 */
function inferenceOperations(text: string): { title: string; description: string }[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const marker = /^(query Parameters|path Parameters|header Parameters|Request Body schema|Responses$)/;
  const fieldLine =
    /^(string|integer|number|boolean|object|Array of|required$|Default:|Enum:|Items Enum:|Value:)/;
  const ops: { title: string; description: string }[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const [title, description, next] = [lines[i] ?? '', lines[i + 1] ?? '', lines[i + 2] ?? ''];
    if (!marker.test(next) || marker.test(title) || marker.test(description)) continue;
    if (fieldLine.test(title) || fieldLine.test(description)) continue;
    ops.push({ title, description });
  }
  return ops;
}
