// The contract test of issue 14, as a vitest setup file of every client's test project (vitest.workspace.ts):
// each request a client's own tests send through fetch is checked against the vendor's spec by
// request-contract.ts, and a test whose requests break the spec fails, naming each break. A case the
// validator or a pending fix cannot pass yet is listed in pending.ts with its reason.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { isPending } from './pending';
import { requestContract, type Violation } from './request-contract';

const vendor = process.env.SDK_CONTRACT_VENDOR;
let check: Awaited<ReturnType<typeof requestContract>> | undefined;
let original: typeof fetch | undefined;
let checks: Promise<Violation[]>[] = [];

beforeAll(async () => {
  if (vendor) check = await requestContract(fileURLToPath(new URL(`../${vendor}.yaml`, import.meta.url)));
});

// Installed before each test, so it wraps whatever fetch the test file set up in beforeAll (msw's, a real
// server's): the request is checked on a copy, and the call goes on unchanged.
beforeEach(() => {
  if (!check) return;
  const contract = check;
  const inner = globalThis.fetch;
  original = inner;
  checks = [];
  globalThis.fetch = function contractFetch(input: RequestInfo | URL, init?: RequestInit) {
    const copy = copyOf(input, init);
    if (copy)
      checks.push(contract(copy).catch((error: Error) => [{ operation: copy.url, message: error.message }]));
    return inner(input, init);
  } as typeof fetch;
});

afterEach(async () => {
  if (!check || !original) return;
  globalThis.fetch = original;
  original = undefined;
  const test = expect.getState().currentTestName ?? '';
  const violations = (await Promise.all(checks)).flat().filter((v) => !isPending(vendor as string, test, v));
  checks = [];
  if (violations.length) {
    throw new Error(
      `requests that break specs/${vendor}.yaml (checked by openapi-backend):\n${violations
        .map((v) => `  ${v.operation}: ${v.message}`)
        .join('\n')}`,
    );
  }
});

const READ_BODIES = /json|multipart\/form-data|x-www-form-urlencoded/i;

/**
 * A Request to check without touching the caller's. Bodies the checker reads (JSON, forms) are copied; any
 * other body (raw bytes, often a stream of unknown size) is stood in for by a placeholder, so that checking
 * never buffers an upload or locks the caller's stream: its Content-Type is checked, not its bytes.
 */
function copyOf(input: RequestInfo | URL, init?: RequestInit): Request | undefined {
  try {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const hasBody = init?.body != null || (input instanceof Request && input.body !== null && !init);
    if (!hasBody) return new Request(url, { method, headers });
    // A FormData body has no Content-Type until fetch gives it its boundary: it is a form, read as one.
    const isForm = init?.body instanceof FormData || init?.body instanceof URLSearchParams;
    if (!isForm && !READ_BODIES.test(headers.get('content-type') ?? '')) {
      return new Request(url, { method, headers, body: 'raw bytes, not read' });
    }
    if (input instanceof Request && !init) return input.clone();
    if (init?.body instanceof ReadableStream) return undefined; // a one-shot stream: not ours to read
    return new Request(input instanceof Request ? input.clone() : input, init);
  } catch {
    return undefined;
  }
}
