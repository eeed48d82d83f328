// Rules of the spec that types cannot hold, generated into calls (scripts/generator/checks.mjs): multipart
// parts typed as `encoding` says, an `anyOf` of `required` refused before sending, and required headers.
import { describe, expect, it } from 'vitest';
import { typeErrors, writeClient } from './support/compile';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  security: [{ bearer: [], workspace: [] }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      workspace: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Workspace',
        description: 'The workspace.',
        'x-sdk-default': 'workspace',
        'x-sdk-missing': 'pass `workspace` or set WS.',
      },
    },
  },
  paths: {
    '/runs': {
      post: {
        operationId: 'createRun',
        tags: ['runs'],
        'x-sdk-method': 'create',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  docs: { type: 'array', items: { type: 'string', format: 'binary' } },
                  urls: { type: 'array', items: { type: 'string' } },
                  sheet: { type: 'string', contentMediaType: 'text/csv' },
                  meta: { type: 'object' },
                  note: { type: 'string' },
                },
                anyOf: [
                  { required: ['docs'] },
                  { required: ['urls'], properties: { urls: { minItems: 2 } } },
                ],
              },
              encoding: { docs: { contentType: '*/*' } },
            },
          },
        },
        responses: ok,
      },
    },
    '/labels': {
      post: {
        operationId: 'createLabel',
        tags: ['labels'],
        'x-sdk-method': 'create',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
                anyOf: [{ required: ['name'] }, { required: ['tags'] }],
              },
            },
          },
        },
        responses: ok,
      },
    },
  },
};

async function generated() {
  const dir = await writeClient(spec);
  const { createResources } = await import(`${dir}/generated/resources.ts`);
  const { createApiClient } = await import('../../packages/core/src/index');
  const sent: Request[] = [];
  const fetch = async (input: string, init: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({});
  };
  const api = createApiClient({ baseUrl: 'https://api.test', maxRetries: 0, fetch: fetch as never });
  return { dir, sent, client: (defaults: object = { workspace: 'ws_1' }) => createResources(api, defaults) };
}

/** Each part's name and own Content-Type, as sent. */
async function parts(request: Request) {
  const text = await request.text();
  return [...text.matchAll(/name="([^"]+)"[^\r\n]*(?:\r\nContent-Type: ([^\r\n]+))?\r\n\r\n/g)].map(
    ([, name, type]) => [name, type ?? null],
  );
}

describe('generated spec checks', { timeout: 60_000 }, () => {
  it('type-check with no casts', async () => {
    const { dir } = await generated();
    expect(typeErrors(dir, ['generated/resources.ts'])).toEqual([]);
  });

  it("send each part with the spec's type: encoding first, else OpenAPI's default for its schema", async () => {
    const { sent, client } = await generated();
    await client().runs.create({
      docs: [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })],
      sheet: new File(['a,b'], 'b.txt', { type: 'text/plain' }),
      meta: { lang: 'en' },
      note: 'n',
    });
    expect(await parts(sent[0]!)).toEqual([
      ['docs', 'application/pdf'],
      ['sheet', 'text/csv'],
      ['meta', 'application/json'],
      ['note', null],
    ]);
  });

  it("refuse a body that completes none of the anyOf's required sets, naming them, before sending", async () => {
    const { sent, client } = await generated();
    const runs = client().runs;
    for (const params of [{}, { docs: [] }, { urls: ['https://a'] }]) {
      await expect(runs.create(params)).rejects.toThrow(
        '[@org/sdk-core] runs.create() needs at least one of: a non-empty `docs`, `urls` (2+ items).',
      );
    }
    await expect(client().labels.create({})).rejects.toThrow('needs at least one of: `name`, `tags`.');
    expect(sent).toHaveLength(0);
    await client().labels.create({ tags: [] });
    await runs.create({ urls: ['https://a', 'https://b'] });
    expect(sent).toHaveLength(2);
  });

  it('refuse a call whose required header has no value, with the message of the spec', async () => {
    const { sent, client } = await generated();
    await expect(client({}).runs.create({ docs: [new Blob(['x'])] })).rejects.toThrow(
      '[@org/sdk-core] POST /runs needs the X-Workspace header: pass `workspace` or set WS.',
    );
    expect(sent).toHaveLength(0);
    // An operation whose security does not name the header needs none.
    await client({}).labels.create({ name: 'l' });
    await client({}).runs.create({ docs: [new Blob(['x'])] }, { headers: { 'X-Workspace': 'ws_2' } });
    expect(sent.map((r) => r.headers.get('x-workspace'))).toEqual([null, 'ws_2']);
  });
});
