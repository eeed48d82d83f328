import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { whenWholeFileRan } from '../../core/test/support/mocked-client';
import { parse } from 'yaml';
import { BadRequestError, NotFoundError } from '../src/index';
import { createInferenceMock, type InferenceMockOptions } from '../src/msw/index';
import { client, mock, server, useMockServer } from './setup';

useMockServer();

const spec = parse(
  readFileSync(fileURLToPath(new URL('../../../specs/inference.yaml', import.meta.url)), 'utf8'),
) as {
  paths: Record<string, Record<string, { tags: string[]; 'x-sdk-method': string; operationId: string }>>;
};
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe('the client surface', () => {
  it('has a method for every operation of the spec, under its tag', () => {
    const neo = client() as unknown as Record<string, Record<string, unknown>>;
    const missing = operations.filter(
      ({ op }) => typeof neo[op.tags[0] as string]?.[op['x-sdk-method']] !== 'function',
    );
    expect(missing.map((o) => o.op.operationId)).toEqual([]);
    expect(operations).toHaveLength(78); // the seed's 78, the status-update webhook route included
  });
});

// Which operations the tests below reached, matched against the spec's path templates.
const reached = new Set<string>();
const matchers = operations.map(({ path, method }) => ({
  key: `${method} ${path}`,
  method,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

describe('every operation through the client, against the mock', () => {
  // useMockServer's afterEach drops listeners, so each test starts the recorder again.
  const track = () =>
    server.events.on('request:start', ({ request }) => {
      const { pathname } = new URL(request.url);
      const match = matchers.find((m) => m.method === request.method && m.pattern.test(pathname));
      if (match) reached.add(match.key);
    });

  it('action groups and actions: create, list, get, update, delete; an action in a group', async () => {
    track();
    const neo = client();
    const group = await neo.actionGroups.create({ name: 'Q3', description: 'Q3 campaign' });
    expect(group).toMatchObject({ id: 'ag_1', name: 'Q3', description: 'Q3 campaign' });
    expect((await neo.actionGroups.list()).data.map((g) => g.id)).toEqual([group.id]);
    await expect(neo.actionGroups.update(group.id, { name: 'Q3 2025' })).resolves.toMatchObject({
      name: 'Q3 2025',
    });
    await expect(neo.actionGroups.get(group.id)).resolves.toMatchObject({ name: 'Q3 2025' });

    const action = await neo.actions.create({
      name: 'Call back',
      description: 'Call the client back',
      priority: 'high',
      type: 'call',
      channel: 'phone',
    });
    expect(action).toMatchObject({ name: 'Call back', priority: 'high', status: 'draft', group: '' });
    const moved = await neo.actions.update(action.id, { group: group.id, status: 'active' });
    expect(moved).toMatchObject({ group: group.id, status: 'active' });
    await expect(neo.actions.get(action.id)).resolves.toMatchObject({ group: group.id });
    expect((await neo.actions.list()).data).toHaveLength(1);
    await expect(neo.actions.delete(action.id)).resolves.toEqual({ id: action.id });
    await expect(neo.actions.get(action.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(neo.actionGroups.delete(group.id)).resolves.toEqual({ id: group.id });
  });

  it('arguments: complete, list by review status, get, update the review, delete', async () => {
    track();
    const neo = client();
    const action = await neo.actions.create({
      name: 'Upsell',
      description: 'Offer the gold card',
      priority: 'medium',
      type: 'offer',
    });
    const argument = await neo.arguments.complete({
      model: 'mock-chat-small',
      action_id: action.id,
      client: { name: 'Ana' },
      product: { name: 'Gold card' },
      insight_spec: {},
    });
    expect(argument).toMatchObject({
      id: 'arg_1',
      action_id: action.id,
      argument: 'Offer Gold card to Ana for "Upsell": Offer the gold card.',
      review: { status: 'waiting_review' },
    });
    expect(argument).not.toHaveProperty('_id');
    await expect(neo.arguments.get(argument.id)).resolves.toMatchObject({
      _id: argument.id,
      id: argument.id,
    });
    expect(await neo.arguments.list({ status: 'waiting_review' })).toHaveLength(1);
    expect(await neo.arguments.list({ status: 'success' })).toEqual([]);
    const reviewed = await neo.arguments.update(argument.id, {
      review: { status: 'success', reviewer: 'lead' },
    });
    expect(reviewed.review).toEqual({ status: 'success', reviewer: 'lead' });
    expect((await neo.arguments.list({ status: 'success', action_id: action.id })).map((a) => a.id)).toEqual([
      argument.id,
    ]);
    await expect(neo.arguments.delete(argument.id)).resolves.toEqual({ id: argument.id });
    await expect(neo.arguments.get(argument.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('benchmarks: create, list, get, update, delete', async () => {
    track();
    const neo = client();
    const benchmark = await neo.benchmarks.create({
      name: 'churn',
      description: 'Churn prediction',
      task: 'classification',
      metrics: ['accuracy', 'roc_auc'],
      connectors: [{ connector_id: 'conn_1' }],
    });
    expect(benchmark).toMatchObject({
      id: 'bench_1',
      metrics: ['accuracy', 'roc_auc'],
      created_by: 'user_1',
    });
    expect(await neo.benchmarks.list()).toMatchObject({ count: 1, has_more: false });
    const updated = await neo.benchmarks.update(benchmark.id, { metrics: ['f1'], connector: 'conn_2' });
    expect(updated).toMatchObject({ metrics: ['f1'], connectors: [{ connector_id: 'conn_2' }] });
    await expect(neo.benchmarks.get(benchmark.id)).resolves.toMatchObject({ metrics: ['f1'] });
    await expect(neo.benchmarks.delete(benchmark.id)).resolves.toEqual({ id: benchmark.id });
  });

  it('chats: complete, continue, list by name, history, window, update, delete', async () => {
    track();
    const neo = client();
    const first = await neo.chats.complete({
      name: 'Support',
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    expect(first).toMatchObject({
      id: 'chat_1',
      object: 'chat.completion',
      model: 'mock-chat-small',
      choices: [
        { index: 0, message: { role: 'assistant', content: 'You said: Hello there' }, finish_reason: 'stop' },
      ],
      usage: { prompt_tokens: 2, completion_tokens: 4, total_tokens: 6 },
    });
    await neo.chats.complete({ id: first.id, messages: [{ role: 'user', content: 'And again' }] });
    const chat = await neo.chats.get(first.id);
    expect(chat.messages?.map((m) => m.content)).toEqual([
      'Hello there',
      'You said: Hello there',
      'And again',
      'You said: And again',
    ]);
    expect((await neo.chats.list({ name: 'supp' })).data.map((c) => c.id)).toEqual([first.id]);
    expect((await neo.chats.list({ name: 'nothing' })).data).toEqual([]);
    await expect(neo.chats.getWindow(first.id)).resolves.toMatchObject({ id: first.id });
    const renamed = await neo.chats.update(first.id, {
      name: 'Support 2',
      messages: [{ role: 'user', content: 'only' }],
    });
    expect(renamed).toMatchObject({ name: 'Support 2', messages: [{ role: 'user', content: 'only' }] });
    await expect(neo.chats.delete(first.id)).resolves.toEqual({ id: first.id });
    await expect(neo.chats.get(first.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('checkpoints, evaluations and leaderboards', async () => {
    track();
    const neo = client();
    const a = mock.seed.checkpoint('ckpt-a');
    const b = mock.seed.checkpoint('ckpt-b');
    expect((await neo.checkpoints.list()).data.map((c) => c.name)).toEqual(['ckpt-a', 'ckpt-b']);
    const benchmark = await neo.benchmarks.create({
      name: 'b',
      description: 'd',
      task: 't',
      metrics: ['accuracy'],
      connectors: [],
    });
    const evalA = await neo.evaluations.create({
      benchmark_id: benchmark.id,
      checkpoint_id: a.id,
      gpu_count: 1,
    });
    const evalB = await neo.evaluations.create({
      benchmark_id: benchmark.id,
      checkpoint_id: b.id,
      gpu_count: 1,
    });
    expect(evalA).toMatchObject({ id: 'eval_1', result: {}, gpu_count: 1 });
    mock.seed.evaluationResult(evalA.id, { accuracy: 0.7 });
    mock.seed.evaluationResult(evalB.id, { accuracy: 0.9 });
    const board = await neo.leaderboards.list();
    expect(board.data.map((e) => [e.rank, e.name, e.metrics])).toEqual([
      [1, 'ckpt-b', { accuracy: 0.9 }],
      [2, 'ckpt-a', { accuracy: 0.7 }],
    ]);
    const filtered = await neo.leaderboards.list({ model_id: a.id, benchmarks: [benchmark.id] });
    expect(filtered.data.map((e) => e.id)).toEqual([a.id]);
    await expect(
      neo.evaluations.create({ benchmark_id: 'bench_missing', checkpoint_id: a.id, gpu_count: 1 }),
    ).rejects.toThrow('404 Benchmark bench_missing not found (resource_not_found)');
  });

  it('clusters: one per space, create, get its state, update, delete', async () => {
    track();
    const neo = client();
    await expect(neo.clusters.get()).rejects.toBeInstanceOf(NotFoundError);
    const cluster = await neo.clusters.create({
      ingress_url: 'https://in.example',
      manager_url: 'https://mgr.example',
    });
    expect(cluster).toMatchObject({ id: 'cluster_1', ingress_url: 'https://in.example' });
    await expect(neo.clusters.create({ ingress_url: 'x', manager_url: 'y' })).rejects.toThrow(
      /already has a cluster/,
    );
    await expect(neo.clusters.get()).resolves.toEqual({
      inference: { manager_url: 'https://mgr.example' },
      ingress: { url: 'https://in.example' },
      nodes: [],
      resources: {},
    });
    await expect(neo.clusters.update({ token: 't0k' })).resolves.toMatchObject({ token: 't0k' });
    await expect(neo.clusters.delete()).resolves.toEqual({ id: cluster.id });
  });

  it('connectors: create, list, get, list S3 files, scan, delete', async () => {
    track();
    const neo = client();
    const connector = await neo.connectors.create({
      name: 'lake',
      type: 'aws-s3',
      s3: { bucket: 'lake', region: 'sa-east-1' },
    });
    expect(connector).toMatchObject({
      id: 'conn_1',
      provider: 'aws-s3',
      region: 'sa-east-1',
      created_by: 'user_1',
    });
    expect((await neo.connectors.list()).data).toHaveLength(1);
    await expect(neo.connectors.get(connector.id)).resolves.toMatchObject({ name: 'lake' });
    mock.seed.connectorFiles(connector.id, [
      { key: 'raw/a.csv', size: 10 },
      { key: 'raw/b.csv' },
      { key: 'docs/c.md' },
    ]);
    const files = await neo.connectors.listFiles(connector.id, { prefix: 'raw/', limit: 1 });
    expect(files).toEqual([[{ key: 'raw/a.csv', size: 10, last_modified: expect.any(String) }]]);
    await expect(neo.connectors.scan(connector.id, { files: ['raw/b.csv'] })).resolves.toEqual({
      connector_id: connector.id,
      files: ['raw/b.csv'],
      scanned: 1,
    });
    await expect(neo.connectors.scan(connector.id, { files: ['nope'] })).rejects.toThrow(
      /has no file 'nope'/,
    );
    await expect(neo.connectors.delete(connector.id)).resolves.toEqual({ id: connector.id });
  });

  it('data models and trainings: create, list, get, update, delete', async () => {
    track();
    const neo = client();
    const model = await neo.dataModels.create({ name: 'customers' });
    expect(model).toMatchObject({ id: 'dm_1', name: 'customers', description: '' });
    expect((await neo.dataModels.list()).data).toHaveLength(1);
    await expect(neo.dataModels.update(model.id, { description: 'CRM' })).resolves.toMatchObject({
      description: 'CRM',
    });
    await expect(neo.dataModels.get(model.id)).resolves.toMatchObject({ description: 'CRM' });

    const training = await neo.trainings.create({
      name: 'run-1',
      architecture: 'transformer',
      configuration: { epochs: 3 },
      connectors: [],
      data_model_id: model.id,
      gpu_count: 2,
    });
    expect(training).toMatchObject({ id: 'train_1', status: 'pending', checkpoints: [], gpu_count: 2 });
    mock.seed.checkpoint('step-100', training.id);
    await expect(neo.trainings.get(training.id)).resolves.toMatchObject({
      checkpoints: [{ name: 'step-100' }],
    });
    const updated = await neo.trainings.update(training.id, {
      name: 'run-1b',
      connector: { connector_id: 'conn_9' },
    });
    expect(updated).toMatchObject({ name: 'run-1b', connectors: [{ connector_id: 'conn_9' }] });
    expect((await neo.trainings.list()).data.map((t) => t.id)).toEqual([training.id]);
    await expect(
      neo.trainings.create({
        name: 'x',
        architecture: 'a',
        configuration: {},
        connectors: [],
        data_model_id: 'dm_9',
        gpu_count: 1,
      }),
    ).rejects.toThrow('404 Data model dm_9 not found');
    await expect(neo.trainings.delete(training.id)).resolves.toEqual({ id: training.id });
    await expect(neo.dataModels.delete(model.id)).resolves.toEqual({ id: model.id });
  });

  it('experts: create, list, get, update, delete (204)', async () => {
    track();
    const neo = client();
    const expert = await neo.experts.create({ name: 'Billing', description: 'Answers billing questions' });
    expect(expert).toMatchObject({ id: 'exp_1', tools: [], file_context: [] });
    expect((await neo.experts.list()).data).toHaveLength(1);
    await expect(neo.experts.get(expert.id)).resolves.toMatchObject({ name: 'Billing' });
    await expect(neo.experts.update(expert.id, { context: 'Be brief.' })).resolves.toMatchObject({
      context: 'Be brief.',
    });
    await expect(neo.experts.delete(expert.id)).resolves.toBeUndefined();
    await expect(neo.experts.get(expert.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('insights: lead with the active, highest-priority action', async () => {
    track();
    const neo = client();
    const low = await neo.actions.create({
      name: 'Mail',
      description: 'Send a mail',
      priority: 'low',
      type: 'mail',
      status: 'active',
      channel: 'email',
    });
    const high = await neo.actions.create({
      name: 'Visit',
      description: 'Visit the branch',
      priority: 'very_high',
      type: 'visit',
      status: 'active',
      channel: 'branch',
      start_date: '2000-01-01T00:00:00Z',
    });
    const draft = await neo.actions.create({
      name: 'Draft',
      description: 'not yet',
      priority: 'very_high',
      type: 'x',
    });
    const insight = await neo.insights.create({ client: 'Ana', actions: [low.id, high.id, draft.id] });
    expect(insight).toMatchObject({
      actions: `${low.id},${high.id},${draft.id}`,
      insight: 'For Ana, lead with "Visit" (very_high priority) via branch.',
      argument: 'Visit the branch',
      best_channel: 'branch',
      best_time: '2000-01-01T00:00:00Z',
      timeliness: 'now',
      type: 'visit',
      finish_reason: 'stop',
    });
    await expect(neo.insights.create({ actions: ['act_404'] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('inference logs: every completion is logged; the summary is computed from them', async () => {
    track();
    const neo = client();
    await neo.chats.complete({
      messages: [{ role: 'user', content: 'one two three' }],
      tags: ['demo'],
      user: 'u_9',
    });
    await neo.chats.complete({ model: 'mock-chat-large', messages: [{ role: 'user', content: 'four' }] });
    await neo.personas.complete({ prompt: 'name: Ana', current_persona: {} });
    const logs = await neo.inferenceLogs.list();
    expect(logs.data.map((l) => [l.type, l.model])).toEqual([
      ['persona', 'mock-chat-small'],
      ['chat', 'mock-chat-large'],
      ['chat', 'mock-chat-small'],
    ]);
    expect((await neo.inferenceLogs.list({ tag: 'demo' })).data).toMatchObject([
      { user: 'u_9', input_tokens: 3, output_tokens: 5, total_tokens: 8, status: 'success' },
    ]);
    const summary = await neo.inferenceLogs.summary({ type: 'chat' });
    expect(summary).toMatchObject({
      total_calls: 2,
      success_rate: 1,
      input_tokens: 4,
      output_tokens: 8,
      total_tokens: 12,
      model_usage: {
        'mock-chat-small': { calls: 1, input_tokens: 3, output_tokens: 5, total_tokens: 8 },
        'mock-chat-large': { calls: 1, input_tokens: 1, output_tokens: 3, total_tokens: 4 },
      },
    });
    expect(summary.avg_latency_ms).toBeGreaterThanOrEqual(0);
    await expect(neo.inferenceLogs.summary({ start_date: '2999-01-01T00:00:00Z' })).resolves.toMatchObject({
      total_calls: 0,
      success_rate: 0,
      period_start_date: '2999-01-01T00:00:00Z',
    });
    await expect(neo.inferenceLogs.list({ start_date: 'yesterday' })).rejects.toThrow(
      /start_date must be RFC 3339/,
    );
  });

  it('names the missing logged-in user when a test cleared the users without reset()', async () => {
    mock.store.users.clear();
    const error = await client({ maxRetries: 0 })
      .users.me()
      .catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/no logged-in user: call mock.reset\(\)/);
    mock.store.reset();
  });

  it('users: me, update, accept an invite, add its permissions; models', async () => {
    track();
    const neo = client();
    await expect(neo.users.me()).resolves.toMatchObject({
      id: 'user_1',
      email: 'developer@example.com',
      spaces: [],
    });
    const updated = await neo.users.update({ first_name: 'Ana', role: 'designer' });
    expect(updated).toMatchObject({ first_name: 'Ana', role: 'designer' });
    expect(updated).not.toHaveProperty('permissions');
    await expect(neo.users.acceptInvite()).rejects.toThrow('404 No pending invite for developer@example.com');
    const space = await neo.spaces.create({ name: 'Team', description: 'shared' });
    const other = mock.store.spaces.insert({ name: 'Elsewhere', description: '' });
    await neo.spaces.invite(other.id, {
      emails: ['developer@example.com'],
      roles: ['trainings:list', 'benchmarks:get'],
    });
    await expect(neo.users.acceptInvite()).resolves.toEqual({ error: '' });
    await expect(neo.users.addPermissions()).resolves.toEqual({
      permissions: ['trainings:list', 'benchmarks:get'],
    });
    await expect(neo.users.me()).resolves.toMatchObject({ spaces: [space.id, other.id] });
    const models = await neo.models.list();
    expect(models).toEqual({
      count: 2,
      has_more: false,
      data: [
        { id: 'mock-chat-small', object: 'model', owned_by: 'mock' },
        { id: 'mock-chat-large', object: 'model', owned_by: 'mock' },
      ],
    });
  });

  it('personas: create, list, get, update, complete, delete (204)', async () => {
    track();
    const neo = client();
    const persona = await neo.personas.create({
      name: 'Ana',
      birthdate: '1990-04-01',
      notes: 'Likes travel',
      data: { city: 'Recife' },
    });
    expect(persona).toMatchObject({ id: 'per_1', data: { city: 'Recife' }, created_by: 'user_1' });
    expect((await neo.personas.list()).data).toHaveLength(1);
    await expect(neo.personas.update(persona.id, { notes: 'Likes trains' })).resolves.toMatchObject({
      notes: 'Likes trains',
    });
    await expect(neo.personas.get(persona.id)).resolves.toMatchObject({ notes: 'Likes trains' });
    const completed = await neo.personas.complete({
      current_persona: { name: 'Ana' },
      prompt: 'birthdate: 1990-04-01\nPrefers email.',
    });
    expect(completed).toEqual({ name: 'Ana', birthdate: '1990-04-01', notes: 'Prefers email.' });
    await expect(neo.personas.delete(persona.id)).resolves.toBeUndefined();
  });

  it('personas: upload files (JSON and CSV), then confirm with a conflict resolution', async () => {
    track();
    const neo = client();
    await neo.personas.create({ name: 'Ana', birthdate: '1990-04-01', notes: 'old' });
    const upload = await neo.personas.upload({
      files: [
        new File([JSON.stringify([{ name: 'Ana', birthdate: '1990-04-01', notes: 'new' }])], 'a.json', {
          type: 'application/json',
        }),
        new File(['name,birthdate,notes,city\nBia,1985-01-02,"Says ""hi""",Natal\n'], 'b.csv', {
          type: 'text/csv',
        }),
      ],
    });
    expect(upload).toMatchObject({
      upload_token: 'upl_1',
      status: 'pending',
      total: 2,
      conflict_personas: 1,
    });
    const confirmation = await neo.personas.confirmUpload(upload.upload_token, {
      conflict_resolution: 'overwrite',
    });
    expect(confirmation).toMatchObject({ status: 'completed', total_uploaded: 2, conflicts_resolved: 1 });
    expect(mock.store.personas.all().map((p) => [p.name, p.notes, p.data])).toEqual([
      ['Ana', 'new', {}],
      ['Bia', 'Says "hi"', { city: 'Natal' }],
    ]);
    await expect(neo.personas.confirmUpload(upload.upload_token, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('personas: a CSV upload with a quoted field never closed is a 400 naming the line', async () => {
    track();
    const files = [new File(['name,notes\nBia,"open\n'], 'b.csv', { type: 'text/csv' })];
    await expect(client().personas.upload({ files })).rejects.toThrow(
      'Could not read personas from b.csv: CSV: the quoted field opened on line 2 is not closed',
    );
    expect(mock.store.personas.all()).toEqual([]);
  });

  it('webhooks: a status update posted to the API answers its id; one without an id is a 400', async () => {
    track();
    const neo = client();
    const update = { event: 'updated', id: 'trn_1', type: 'training', status: 'running' } as const;
    await expect(neo.webhooks.statusUpdate(update)).resolves.toEqual({ id: 'trn_1' });
    await expect(
      neo.webhooks.statusUpdate({ event: 'updated' } as unknown as typeof update),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('spaces: create, list, get, update, invite, delete, restore', async () => {
    track();
    const neo = client();
    const space = await neo.spaces.create({ name: 'Team', description: 'shared' });
    expect(space).toMatchObject({ id: 'space_1', created_by: 'user_1' });
    expect(space).not.toHaveProperty('deleted_at');
    await expect(neo.spaces.update(space.id, { name: 'Team A' })).resolves.toMatchObject({ name: 'Team A' });
    await expect(
      neo.spaces.invite(space.id, { emails: ['bia@example.com'], roles: ['leaderboards:list'] }),
    ).resolves.toEqual({
      emails: ['bia@example.com'],
    });
    await expect(neo.spaces.delete(space.id)).resolves.toEqual({ id: space.id });
    // Soft delete: the store keeps the space, marked; the API no longer shows it, and a second delete is a 404.
    expect(mock.store.spaces.get(space.id)?.deleted_at).toEqual(expect.any(String));
    await expect(neo.spaces.get(space.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(neo.spaces.delete(space.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await neo.spaces.list()).data).toEqual([]);
    await expect(neo.spaces.restore(space.id)).resolves.toEqual({ id: space.id });
    await expect(neo.spaces.get(space.id)).resolves.toMatchObject({ name: 'Team A' });
    expect((await neo.spaces.list()).data.map((s) => s.id)).toEqual([space.id]);
    await expect(neo.spaces.restore(space.id)).rejects.toThrow(/is not deleted/);
  });

  it('reached every operation of the spec (the tests above, as a whole)', (ctx) => {
    whenWholeFileRan(ctx);
    expect(matchers.filter((m) => !reached.has(m.key)).map((m) => m.key)).toEqual([]);
  });
});

describe("the mock's options", () => {
  /** A mock with `options` on its own base URL, in front of the shared one, and a client for it. */
  function local(options: InferenceMockOptions) {
    const baseUrl = 'https://options.neospace.test';
    const custom = createInferenceMock({ ...options, baseUrl });
    server.use(...custom.handlers);
    return { custom, neo: client({ baseUrl }) };
  }
  /** Six turns of a chat: q1, You said: q1, ..., q6, You said: q6 (12 messages). */
  async function sixTurns(neo: ReturnType<typeof client>) {
    const { id } = await neo.chats.complete({ messages: [{ role: 'user', content: 'q1' }] });
    for (let turn = 2; turn <= 6; turn++) {
      await neo.chats.complete({ id, messages: [{ role: 'user', content: `q${turn}` }] });
    }
    return id;
  }

  it('chat window: the last 10 messages by default', async () => {
    const neo = client();
    const id = await sixTurns(neo);
    expect((await neo.chats.get(id)).messages).toHaveLength(12);
    const window = await neo.chats.getWindow(id);
    expect(window).toMatchObject({ id });
    expect(window.messages?.map((m) => m.content)).toEqual([
      'q2',
      'You said: q2',
      'q3',
      'You said: q3',
      'q4',
      'You said: q4',
      'q5',
      'You said: q5',
      'q6',
      'You said: q6',
    ]);
  });

  it('chat window: the last `chatWindow` messages when set', async () => {
    const { neo } = local({ chatWindow: 3 });
    const id = await sixTurns(neo);
    const window = await neo.chats.getWindow(id);
    expect(window.messages?.map((m) => m.content)).toEqual(['You said: q5', 'q6', 'You said: q6']);
  });

  it('reply: builds the assistant message from the whole conversation', async () => {
    const { custom, neo } = local({ reply: (messages) => `${messages.length} message(s) so far` });
    const first = await neo.chats.complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(first.choices[0]?.message).toEqual({ role: 'assistant', content: '1 message(s) so far' });
    const second = await neo.chats.complete({ id: first.id, messages: [{ role: 'user', content: 'again' }] });
    expect(second.choices[0]?.message.content).toBe('3 message(s) so far');
    expect(custom.store.chats.get(first.id)?.messages?.at(-1)).toEqual({
      role: 'assistant',
      content: '3 message(s) so far',
    });
  });

  it('models: what GET /v1/models lists, the default model, and the only ones completions accept', async () => {
    const models = [{ id: 'tiny', object: 'model', owned_by: 'me' }];
    const { custom, neo } = local({ models });
    await expect(neo.models.list()).resolves.toEqual({ count: 1, data: models, has_more: false });
    const completion = await neo.chats.complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(completion.model).toBe('tiny');
    await expect(
      neo.chats.complete({ model: 'mock-chat-small', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toBeInstanceOf(BadRequestError);
    custom.store.reset();
    expect(custom.store.models.all()).toEqual(models);
  });
});
