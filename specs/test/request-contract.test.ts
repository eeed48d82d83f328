// The contract checker every client's tests run their requests through (../contract/setup.ts): it must
// refuse what the spec forbids, down to multipart parts and their content types, and pass what it allows.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PENDING } from '../contract/pending';
import { mediaTypeMatches, requestContract } from '../contract/request-contract';

const spec = (vendor: string) => fileURLToPath(new URL(`../${vendor}.yaml`, import.meta.url));
const HOST = 'https://us-central.unstract.com';
const EXECUTE = `${HOST}/deployment/api/org_1/invoices/`;
const auth = { authorization: 'Bearer k' };

function form(parts: [string, string | Blob, string?][]) {
  const body = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === 'string') body.append(name, value);
    else body.append(name, value, filename);
  }
  return body;
}

describe('requestContract (unstract.yaml)', () => {
  let check: Awaited<ReturnType<typeof requestContract>>;
  beforeAll(async () => {
    check = await requestContract(spec('unstract'));
  });

  it('passes a request the spec allows', async () => {
    const request = new Request(`${HOST}/api/v1/unstract/org_1/api/deployment/?page=2&page_size=10`, {
      headers: auth,
    });
    expect(await check(request)).toEqual([]);
  });

  it('refuses a path the spec does not have, and a query parameter out of range', async () => {
    expect(await check(new Request(`${HOST}/api/v1/nothing/`, { headers: auth }))).toEqual([
      { operation: 'GET /api/v1/nothing/', message: 'matches no operation of the spec' },
    ]);
    const [violation] = await check(
      new Request(`${HOST}/api/v1/unstract/org_1/api/deployment/?page_size=5000`, { headers: auth }),
    );
    expect(violation?.message).toMatch(/page_size must be <= 1000/);
  });

  it('refuses a JSON body that breaks the schema, and a Content-Type the operation does not declare', async () => {
    const url = `${HOST}/api/v1/unstract/org_1/api/deployment/`;
    const missing = new Request(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ workflow: '0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d' }),
    });
    expect((await check(missing)).map((v) => v.message)).toEqual([
      expect.stringMatching(/must have required property 'api_name'/),
    ]);
    const text = new Request(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect((await check(text))[0]?.message).toMatch(
      /Content-Type 'text\/plain' is not one the operation declares/,
    );
  });

  it('decodes a multipart body: typed text parts, a JSON part, and files of any type', async () => {
    const body = form([
      ['files', new Blob(['%PDF'], { type: 'application/pdf' }), 'a.pdf'],
      ['files', new Blob(['a,b'], { type: 'text/csv' }), 'b.csv'],
      ['timeout', '30'],
      ['include_metadata', 'true'],
      ['custom_data', new Blob(['{"customer":"ACME"}'], { type: 'application/json' }), 'blob'],
    ]);
    expect(await check(new Request(EXECUTE, { method: 'POST', headers: auth, body }))).toEqual([]);
  });

  it('refuses an execution with neither files nor URLs, and a timeout out of range', async () => {
    const violations = await check(
      new Request(EXECUTE, { method: 'POST', headers: auth, body: form([['timeout', '301']]) }),
    );
    const messages = violations.map((v) => v.message).join('\n');
    expect(messages).toMatch(/timeout must be <= 300/);
    expect(messages).toMatch(/must match a schema in anyOf/);
  });

  it("refuses a part sent without the content type the spec's encoding names", async () => {
    const body = form([
      ['files', new Blob(['x'], { type: 'text/plain' }), 'a.txt'],
      ['custom_data', '{"customer":"ACME"}'],
    ]);
    expect(await check(new Request(EXECUTE, { method: 'POST', headers: auth, body }))).toEqual([
      {
        operation: 'executeDeployment',
        message: "part 'custom_data' is sent as text/plain; the spec's encoding says application/json",
      },
    ]);
  });
});

describe('requestContract: part headers FormData drops', () => {
  let check: Awaited<ReturnType<typeof requestContract>>;
  beforeAll(async () => {
    check = await requestContract(spec('unstract'));
  });

  // Built by hand as a client writes it: a text part with a Content-Type of its own, which FormData drops.
  const raw = (customDataHead: string) =>
    new Request(EXECUTE, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b0' },
      body: [
        '--b0\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n',
        `--b0\r\nContent-Disposition: form-data; name="custom_data"${customDataHead}\r\n\r\n{"customer":"ACME"}\r\n`,
        '--b0--\r\n',
      ].join(''),
    });

  it('passes a JSON text part that says so in its own Content-Type', async () => {
    expect(await check(raw('\r\nContent-Type: application/json'))).toEqual([]);
  });

  it('refuses the same part without it', async () => {
    expect((await check(raw(''))).map((v) => v.message)).toEqual([
      "part 'custom_data' is sent as text/plain; the spec's encoding says application/json",
    ]);
  });
});

describe('mediaTypeMatches', () => {
  it('matches ranges and ignores parameters', () => {
    expect(mediaTypeMatches('*/*', 'application/pdf')).toBe(true);
    expect(mediaTypeMatches('text/*', 'text/csv; charset=utf-8')).toBe(true);
    expect(mediaTypeMatches('application/json', 'text/plain')).toBe(false);
  });
});

describe('the pending list', () => {
  it('gives every entry a reason', () => {
    expect(PENDING.filter((p) => !p.reason.trim())).toEqual([]);
  });
});
