// Issue 16's contract test: every operation of specs/hotdata.yaml, through the client, against the mock, and
// its answer checked against the spec (specs/contract/mock-contract.ts). The fixture seeds what the calls need.
import {
  type ContractFixture,
  describeMockContract,
  type RawVerb,
} from '../../../specs/contract/mock-contract';
import type { HotdataClient } from '../src/index';
import type { HotdataMock } from '../src/msw/index';
import { useMock } from './use-mock';

const { mock, client } = useMock();

const fixture: ContractFixture<HotdataMock, HotdataClient> = {
  async setup(m, api) {
    const connection = m.seed.connection({
      name: 'warehouse',
      tables: [
        {
          schema: 'public',
          table: 'orders',
          columns: [{ name: 'id', data_type: 'Int64', nullable: false }],
          rows: [[1]],
        },
      ],
      synced: true,
    });
    const dataset = m.seed.dataset('Sales', 'region,amount\neu,1\n');
    const raw = api.raw as unknown as Record<string, RawVerb>;
    const call = async (verb: string, url: string, init: Record<string, unknown> = {}) => {
      const { data, error, response } = await raw[verb]!(url, init);
      if (!response.ok) throw new Error(`${verb} ${url}: ${response.status} ${JSON.stringify(error)}`);
      return data as any;
    };
    const secret = await call('POST', '/v1/secrets', { body: { name: 'pg_password', value: 's3cret' } });
    const saved = await call('POST', '/v1/queries', { body: { name: 'one', sql: 'SELECT 1' } });
    const run = await call('POST', '/v1/query', { body: { sql: 'SELECT 1' } });
    const provider = await call('POST', '/v1/embedding-providers', {
      body: { name: 'local', provider_type: 'local' },
    });
    await call('POST', '/v1/context', { body: { name: 'notes', content: 'Sales are in EUR.' } });
    const job = await call('POST', '/v1/refresh', {
      body: { connection_id: connection.id, data: true, async: true },
    });
    const index = await call('POST', '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes', {
      params: { path: { connection_id: connection.id, schema: 'public', table: 'orders' } },
      body: { index_name: 'by_id', columns: ['id'] },
    });
    return { connection, dataset, secret, saved, run, provider, job, index };
  },
  path: {
    connection_id: (ctx) => ctx.connection.id,
    id: (ctx) => ctx.dataset.id,
    schema: 'public',
    table: 'orders',
    column: 'id',
    database_id: 'x',
    index_name: 'by_id',
    name: 'pg_password',
    version: '1',
  },
  calls: {
    getResult: (ctx) => ({ path: { id: ctx.run.result_id } }),
    getQueryRun: (ctx) => ({ path: { id: ctx.run.query_run_id } }),
    getSavedQuery: (ctx) => ({ path: { id: ctx.saved.id } }),
    updateSavedQuery: (ctx) => ({ path: { id: ctx.saved.id } }),
    deleteSavedQuery: (ctx) => ({ path: { id: ctx.saved.id } }),
    executeSavedQuery: (ctx) => ({ path: { id: ctx.saved.id } }),
    listSavedQueryVersions: (ctx) => ({ path: { id: ctx.saved.id } }),
    getEmbeddingProvider: (ctx) => ({ path: { id: ctx.provider.id } }),
    updateEmbeddingProvider: (ctx) => ({ path: { id: ctx.provider.id } }),
    deleteEmbeddingProvider: (ctx) => ({ path: { id: ctx.provider.id } }),
    getJob: (ctx) => ({ path: { id: ctx.job.id } }),
    getWorkspaceContext: () => ({ path: { name: 'notes' } }),
    getConnectionType: () => ({ path: { name: 'postgres' } }),
    executeQuery: () => ({ body: { sql: 'SELECT 1' } }),
    createConnection: () => ({
      body: { name: 'pg', source_type: 'postgres', config: { host: 'db', database: 'app', user: 'u' } },
    }),
    createDataset: () => ({
      body: { label: 'Inline', source: { inline: { content: 'a\n1\n', format: 'csv' } } },
    }),
    createIndex: () => ({ body: { index_name: 'by_id_2', columns: ['id'] } }),
  },
};

describeMockContract('hotdata', mock, client, fixture);
