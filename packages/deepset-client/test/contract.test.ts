// Issue 16's contract test: every operation of specs/deepset.yaml, through the client, against the mock, and
// its answer checked against the spec (specs/contract/mock-contract.ts). The fixture seeds what the calls need.
import { type ContractFixture, describeMockContract } from '../../../specs/contract/mock-contract';
import type { DeepsetClient } from '../src/index';
import type { DeepsetMock } from '../src/msw/index';
import { QUERY_YAML, useMock } from './use-mock';

const { mock, client } = useMock();

const IMPORT_SET = '/api/v1/workspaces/{workspace_name}/evaluation_sets/import';

const fixture: ContractFixture<DeepsetMock, DeepsetClient> = {
  setup(m) {
    const pipeline = m.seed.pipeline('qa');
    m.seed.pipeline('draft', { status: 'UNDEPLOYED', queryYaml: QUERY_YAML });
    const file = m.seed.file('a.txt', 'Haystack is an open source framework.', { kind: 'doc' });
    return { pipeline, file };
  },
  path: {
    workspace_name: 'default',
    pipeline_name: 'qa',
    index_name: 'qa',
    file_id: (ctx) => ctx.file.file_id,
    document_id: (ctx) => ctx.file.file_id,
    api_token_id: (_ctx, tools) => tools.create(undefined, 'api_token_id'),
    credentials_id: (_ctx, tools) => tools.create(undefined, 'credentials_id'),
    eval_run_name: async (ctx, tools) => {
      ctx.set = await tools.create(IMPORT_SET, 'name');
      return tools.create('/api/v1/workspaces/{workspace_name}/eval_runs', 'data.eval_run_name');
    },
    evaluation_set_name: (_ctx, tools) => tools.create(IMPORT_SET, 'name'),
    labeling_project_id: (_ctx, tools) => tools.create(undefined, 'labeling_project_id'),
    prompt_template_id: (_ctx, tools) => tools.create(undefined, 'prompt_template_id'),
    shared_prototype_id: (_ctx, tools) => tools.create(undefined, 'shared_prototype_id'),
    session_id: (_ctx, tools) => tools.create(undefined, 'session_id'),
    tag_name: (_ctx, tools) => tools.create(undefined, 'name'),
    provider: async (_ctx, tools) => {
      if (tools.operation.method === 'post') return 'huggingface';
      return tools.create('/api/v1/model_registry_tokens/{provider}', 'provider');
    },
    user_id: 'x',
    organization_id: 'x',
    meta_field: 'kind',
    node_name: 'x',
    field_name: 'x',
    name: 'x',
    id: 'x',
  },
  calls: {
    createEvalRuns: (ctx) => ({
      patch: { pipeline_name: 'qa', evaluation_set_name: ctx.set },
      async before(_m, _api, c, tools) {
        c.set = await tools.create(IMPORT_SET, 'name');
      },
    }),
    evaluationSetsImport: () => ({
      body: {
        file: new File(['query,answer\nWhat is Haystack?,a framework\n'], 'set.csv', { type: 'text/csv' }),
      },
    }),
    evalRunsListPredictions: (ctx) => ({
      path: { eval_run_name: ctx.run, node_name: 'answer_builder' },
      async before(_m, api, c, tools) {
        c.set = await tools.create(IMPORT_SET, 'name');
        c.run = await tools.create('/api/v1/workspaces/{workspace_name}/eval_runs', 'data.eval_run_name');
        await api.raw.POST('/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start', {
          params: { path: { workspace_name: 'default', eval_run_name: c.run } },
        } as never);
      },
    }),
    pipelinesUpdateYaml: () => ({ path: { pipeline_name: 'draft' } }),
    createSearchSessions: (ctx) => ({ body: { pipeline_id: ctx.pipeline.pipeline_id } }),
    pipelinesChat: (ctx) => ({
      patch: { search_session_id: ctx.session },
      async before(_m, _api, c, tools) {
        c.session = await tools.create(
          '/api/v1/workspaces/{workspace_name}/search_sessions',
          'search_session_id',
        );
      },
    }),
    pipelinesChatStream: (ctx) => ({
      patch: { search_session_id: ctx.session },
      async before(_m, _api, c, tools) {
        c.session = await tools.create(
          '/api/v1/workspaces/{workspace_name}/search_sessions',
          'search_session_id',
        );
      },
    }),
    sharedPrototypesCreateUser: (ctx) => ({
      patch: { shared_prototype_id: ctx.prototype },
      async before(_m, _api, c, tools) {
        c.prototype = await tools.create(
          '/api/v1/workspaces/{workspace_name}/shared_prototypes',
          'shared_prototype_id',
        );
      },
    }),
    getUsers: (ctx) => ({
      path: { user_id: ctx.me },
      async before(_m, api, c) {
        c.me = (await api.users.me()).user_id;
      },
    }),
    organizationInvite: (ctx) => ({
      path: { organization_id: ctx.org },
      async before(_m, api, c) {
        c.org = (await api.organization.get()).organization_id;
      },
    }),
  },
};

describeMockContract('deepset', mock, client, fixture);
