// Issue 16's contract test: every operation of specs/unstract.yaml, through the client, against the mock, and
// its answer checked against the spec (specs/contract/mock-contract.ts). The fixture seeds what the calls need.
import { type ContractFixture, describeMockContract } from '../../../specs/contract/mock-contract';
import type { UnstractClient } from '../src/index';
import { DEFAULT_WORKFLOW_ID, type UnstractMock } from '../src/msw/index';
import { useMock } from './use-mock';

const { mock, client } = useMock();
const file = () => new File(['x'], 'a.txt', { type: 'text/plain' });

const fixture: ContractFixture<UnstractMock, UnstractClient> = {
  setup(m, api) {
    const { deployment, key } = m.seed.deployment('invoices', { is_active: true });
    const workflow = m.seed.workflow('orders');
    return { deployment, key, workflow, executor: api.deployment('invoices', { apiKey: key.api_key }) };
  },
  path: {
    org_id: mock.orgId,
    org_name: mock.orgId,
    api_name: 'invoices',
    api_id: (ctx) => ctx.deployment.id,
    id: (ctx) => ctx.deployment.id,
  },
  calls: {
    getApiKey: (ctx) => ({ path: { id: ctx.key.id } }),
    updateApiKey: (ctx) => ({
      path: { id: ctx.key.id },
      body: { api: ctx.deployment.id, is_active: true, description: 'k' },
    }),
    deleteApiKey: (ctx) => ({ path: { id: ctx.key.id } }),
    createDeployment: (ctx) => ({
      body: { api_name: 'orders', display_name: 'Orders', description: '', workflow: ctx.workflow.id },
    }),
    updateDeployment: () => ({
      body: {
        api_name: 'invoices',
        display_name: 'Invoices',
        description: '',
        workflow: DEFAULT_WORKFLOW_ID,
      },
    }),
    executeDeployment: (ctx) => ({ client: ctx.executor, body: { files: [file()] } }),
    getExecutionStatus: (ctx) => ({
      client: ctx.executor,
      query: { execution_id: ctx.execution_id },
      // The run is PENDING on its first status read: the API answers 422 with the status body.
      status: 422,
      async before(_m, _api, c) {
        c.execution_id = (await c.executor.execute([file()])).message.execution_id;
      },
    }),
  },
};

describeMockContract('unstract', mock, client, fixture);
