// The mock over real HTTP on 127.0.0.1: the real client talks to it as to the API.
import { createLlamaCloudClient, NotFoundError } from '@org/llamacloud-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';
import { vendors } from '../src/vendors';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer('llamacloud');
});
afterAll(() => server.close());

describe('mock server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the whole LlamaCloud flow to the real client over HTTP', async () => {
    const llama = createLlamaCloudClient({ apiKey: 'test', baseUrl: server.url, logLevel: 'off' });
    const pipeline = await llama.pipelines.create({ name: 'over-http' });
    const file = await llama.uploadFile(new Blob(['Tea is brewed at 80 degrees.\n\nCoffee wants 93.']), {
      filename: 'brew.txt',
    });
    await llama.pipelineFiles.add(pipeline.id, [{ file_id: file.id }]);
    const status = await llama.syncPipelineAndWait(pipeline.id, { pollInterval: { min: 500, max: 500 } });
    expect(status.status).toBe('SUCCESS');
    const { retrieval_nodes } = await llama.pipelines.retrieve(pipeline.id, { query: 'coffee temperature' });
    expect(retrieval_nodes[0]?.node.text).toBe('Coffee wants 93.');
    await expect(llama.pipelines.get('pl_nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a route it does not have with a JSON 404 that names it', async () => {
    const res = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      detail: 'The llamacloud mock has no route for GET /api/v1/nothing-here',
    });
  });

  it.each(
    Object.keys(vendors),
  )('serves the %s mock on 127.0.0.1 and names a route it lacks', async (vendor) => {
    const other = await startMockServer(vendor);
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${other.url}/no/such/route`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ detail: `The ${vendor} mock has no route for GET /no/such/route` });
    } finally {
      await other.close();
    }
  });

  it('refuses an unknown vendor with the list of known ones', async () => {
    await expect(startMockServer('acme')).rejects.toThrow(
      `unknown vendor 'acme'; choose one of: ${Object.keys(vendors).join(', ')}.`,
    );
    expect(Object.keys(vendors)).toEqual(['deepset', 'hotdata', 'inference', 'llamacloud', 'unstract']);
  });
});
