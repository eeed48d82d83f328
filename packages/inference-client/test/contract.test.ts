// Issue 16's contract test: every operation of specs/inference.yaml, through the client, against the mock, and
// its answer checked against the spec (specs/contract/mock-contract.ts). Most paths name one resource by
// `{id}`: the fixture creates it through its collection's POST first.
import { type ContractFixture, describeMockContract } from '../../../specs/contract/mock-contract';
import type { InferenceClient } from '../src/index';
import type { InferenceMock } from '../src/msw/index';
import { client, mock } from './setup';

const MODEL = 'mock-chat-small';
const personas = () => new File(['[{"name":"Ada"}]'], 'personas.json', { type: 'application/json' });

const fixture: ContractFixture<InferenceMock, InferenceClient> = {
  path: {
    id: async (ctx, tools) => {
      const { path } = tools.operation;
      if (path.startsWith('/v1/trainings/')) ctx.dataModel = await tools.create('/v1/data-models');
      if (path.startsWith('/v1/arguments/')) return tools.create('/v1/arguments/completions');
      if (path.startsWith('/v1/chats/')) return tools.create('/v1/chat/completions');
      return tools.create();
    },
    upload_token: (ctx) => ctx.upload_token,
  },
  calls: {
    createArgumentCompletion: () => ({ patch: { model: MODEL } }),
    createChatCompletion: () => ({ patch: { model: MODEL } }),
    getCluster: () => ({ before: (_m, _c, _ctx, tools) => tools.create('/v1/clusters') }),
    updateCluster: () => ({ before: (_m, _c, _ctx, tools) => tools.create('/v1/clusters') }),
    deleteCluster: () => ({ before: (_m, _c, _ctx, tools) => tools.create('/v1/clusters') }),
    createEvaluation: (ctx) => ({
      patch: { benchmark_id: ctx.benchmark, checkpoint_id: ctx.checkpoint },
      async before(m, _c, c, tools) {
        c.benchmark = await tools.create('/v1/benchmarks');
        c.checkpoint = m.seed.checkpoint('step-100').id;
      },
    }),
    createTraining: (ctx) => ({
      patch: { data_model_id: ctx.dataModel },
      async before(_m, _c, c, tools) {
        c.dataModel = await tools.create('/v1/data-models');
      },
    }),
    acceptInvite: () => ({
      async before(m, api, _c, tools) {
        const space = await tools.create('/v1/spaces');
        const email = m.store.users.all()[0]!.email;
        await api.raw.POST('/v1/spaces/{id}/invite', {
          params: { path: { id: space } },
          body: { emails: [email], roles: ['benchmarks:get'] },
        } as never);
      },
    }),
    uploadPersonaFiles: () => ({ body: { files: [personas()] } }),
    confirmPersonaUpload: () => ({
      async before(_m, api, c) {
        const form = new FormData();
        form.append('files', personas());
        const { data } = await api.raw.POST('/v1/personas/upload', { body: form } as never);
        c.upload_token = (data as unknown as { upload_token: string }).upload_token;
      },
    }),
    restoreSpace: (ctx) => ({
      path: { id: ctx.space },
      async before(_m, api, c, tools) {
        c.space = await tools.create('/v1/spaces');
        await api.raw.DELETE('/v1/spaces/{id}', { params: { path: { id: c.space } } } as never);
      },
    }),
  },
};

describeMockContract('inference', mock, client, fixture);
