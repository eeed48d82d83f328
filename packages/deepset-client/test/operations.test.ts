// Every operation of the spec, through the client, against the stateful mock (msw).
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, UnprocessableEntityError } from '../src/index';
import { QUERY_YAML, useMock } from './use-mock';

const { mock, client, requests } = useMock();

describe('health, tokens, users, organization, models', () => {
  it('checks health at the host root', async () => {
    expect(await client().health.check()).toEqual({ status: 'ok' });
    expect(requests[0]?.path).toBe('/health');
  });

  it('creates, lists and deletes API tokens', async () => {
    const ds = client();
    const created = await ds.tokens.create({ name: 'ci', personal: true });
    expect(created.api_token).toMatch(/^dst_mock_/);
    const listed = await ds.tokens.list();
    expect(listed.data.map((t) => t.api_token_id)).toEqual([created.api_token_id]);
    await ds.tokens.delete(created.api_token_id as string);
    expect((await ds.tokens.list()).total).toBe(0);
    await expect(ds.tokens.delete(created.api_token_id as string)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the current user, users, the organization, and invites', async () => {
    const ds = client();
    const me = await ds.users.me();
    expect(me.email).toBe('ada@example.com');
    expect((await ds.users.get(me.user_id)).user_id).toBe(me.user_id);
    const org = await ds.organization.get();
    await ds.organization.invite(org.organization_id, { email: 'bob@example.com', role: 'MEMBER' });
    const users = await ds.users.list();
    expect(users.data.map((u) => u.email)).toEqual(['ada@example.com', 'bob@example.com']);
    await expect(ds.organization.invite('nope', { email: 'x@example.com' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lists models for a node', async () => {
    expect(await client().models.list({ node: 'OpenAIGenerator' })).toEqual([
      { name: 'gpt-4o-mini', provider: 'openai' },
    ]);
  });

  it('manages model registry tokens', async () => {
    const ds = client();
    const saved = await ds.modelRegistryTokens.create('huggingface', { token: 'hf_x' });
    expect(saved.provider).toBe('huggingface');
    expect((await ds.modelRegistryTokens.get('huggingface')).provider).toBe('huggingface');
    const updated = await ds.modelRegistryTokens.update('huggingface', { token: 'hf_y' });
    expect(updated.created_at).not.toBe(saved.created_at);
    expect(await ds.modelRegistryTokens.list()).toHaveLength(1);
    await ds.modelRegistryTokens.delete('huggingface');
    await expect(ds.modelRegistryTokens.get('huggingface')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('manages infrastructure credentials of both kinds', async () => {
    const ds = client();
    const os = await ds.infrastructure.createDocumentStore({
      host: 'https://os.example.com',
      username: 'u',
      password: 'p',
    });
    const s3 = await ds.infrastructure.createFileStore({ bucket: 'docs', region: 'eu-central-1' });
    expect((await ds.infrastructure.listDocumentStores()).map((c) => c.credentials_id)).toEqual([
      os.credentials_id,
    ]);
    expect((await ds.infrastructure.listFileStores()).map((c) => c.host)).toEqual(['docs']);
    await ds.infrastructure.deleteDocumentStore(os.credentials_id);
    await ds.infrastructure.deleteFileStore(s3.credentials_id);
    expect(await ds.infrastructure.listFileStores()).toEqual([]);
    await expect(ds.infrastructure.deleteFileStore(os.credentials_id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('workspaces', () => {
  it('creates, lists (a bare array), reads, counts and deletes', async () => {
    const ds = client();
    const created = await ds.workspaces.create({ name: 'research' });
    expect(created.name).toBe('research');
    expect((await ds.workspaces.list()).map((w) => w.name).sort()).toEqual(['default', 'research']);
    expect((await ds.workspaces.get({ workspace_name: 'research' })).workspace_id).toBe(created.workspace_id);
    await expect(ds.workspaces.create({ name: 'research' })).rejects.toBeInstanceOf(ConflictError);
    mock.seed.pipeline('qa');
    mock.seed.file('a.txt', 'Haystack is an open source framework.');
    await ds.pipelines.search('qa', { queries: ['haystack framework'] });
    expect(await ds.workspaces.searchCount()).toEqual({ search_count: 1 });
    expect((await ds.workspaces.searchHistory()).data[0]?.query).toBe('haystack framework');
    expect(await ds.workspaces.stats()).toEqual({ pipelines: 1, files: 1, documents: 1 });
    await ds.workspaces.delete({ workspace_name: 'research' });
    await expect(ds.workspaces.get({ workspace_name: 'research' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('pipelines', () => {
  it('creates with YAML, reads, updates, and deletes', async () => {
    const ds = client();
    const created = await ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML });
    const pipeline = await ds.pipelines.get('rag');
    expect(pipeline).toMatchObject({ pipeline_id: created.pipeline_id, name: 'rag', status: 'UNDEPLOYED' });
    expect(await ds.pipelines.getYaml('rag')).toEqual({ query_yaml: QUERY_YAML });
    expect(await ds.pipelines.getJson('rag')).toEqual({ name: 'rag', query_yaml: QUERY_YAML });
    expect(await ds.pipelines.getPrompt('rag')).toEqual({ prompts: { prompt_builder: 'Answer: {{query}}' } });
    await ds.pipelines.updateYaml('rag', { query_yaml: 'components: {}\n' });
    expect((await ds.pipelines.getYaml('rag')).query_yaml).toBe('components: {}\n');
    const updated = await ds.pipelines.update('rag', { service_level: 'PRODUCTION' });
    expect(updated.service_level).toBe('PRODUCTION');
    await expect(ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await ds.pipelines.delete('rag');
    await expect(ds.pipelines.get('rag')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deploys through DEPLOYMENT_IN_PROGRESS, refuses YAML edits while deployed, undeploys', async () => {
    const ds = client();
    await ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML });
    await ds.pipelines.deploy('rag', {});
    expect(mock.store.pipelines.all()[0]?.status).toBe('DEPLOYMENT_IN_PROGRESS');
    expect((await ds.pipelines.get('rag')).status).toBe('DEPLOYMENT_IN_PROGRESS');
    expect((await ds.pipelines.get('rag')).status).toBe('DEPLOYED');
    await expect(ds.pipelines.updateYaml('rag', { query_yaml: 'x: 1\n' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await ds.pipelines.undeploy('rag');
    expect((await ds.pipelines.get('rag')).status).toBe('UNDEPLOYED');
  });

  it('searches the uploaded text, records history, stats, feedback and logs', async () => {
    const ds = client();
    mock.seed.pipeline('qa');
    mock.seed.file('berlin.txt', 'Berlin is the capital of Germany. It has many museums.', {
      lang: 'en',
      year: 2020,
    });
    mock.seed.file('paris.txt', 'Paris is the capital of France.', { lang: 'fr', year: 2024 });
    const { results } = await ds.pipelines.search('qa', { queries: ['capital of Germany'] });
    expect(results[0]?.answers[0]?.answer).toBe('Berlin is the capital of Germany.');
    expect(results[0]?.documents.map((d) => d.file?.name)).toEqual(['berlin.txt', 'paris.txt']);
    const stats = await ds.pipelines.getStats('qa');
    expect(stats.search_count).toBe(1);
    const history = await ds.pipelines.searchHistory('qa');
    expect(history.data.map((h) => h.query)).toEqual(['capital of Germany']);
    const fb = await ds.pipelines.addFeedback('qa', {
      query_id: results[0]?.query_id as string,
      score: 'ACCURATE',
    });
    expect((await ds.pipelines.listFeedback('qa')).data.map((f) => f.feedback_id)).toEqual([fb.feedback_id]);
    const logs = await ds.pipelines.listLogs('qa', { filter: "level eq 'info'" });
    expect(logs.data[0]?.message).toBe('search: capital of Germany');
    expect(await ds.pipelines.listMetaKeys('qa')).toEqual(['lang', 'year']);
    expect(await ds.pipelines.listMetaValues('qa', 'lang')).toEqual(['en', 'fr']);
    expect(await ds.pipelines.aggregateMeta('qa', 'year')).toEqual({ min: 2020, max: 2024 });
    expect((await ds.pipelines.listFiles('qa')).total).toBe(2);
    expect(await ds.pipelines.getIndexing('qa')).toMatchObject({
      indexed_file_count: 2,
      total_file_count: 2,
    });
    await ds.pipelines.setDefault('qa');
    expect((await ds.pipelines.get('qa')).is_default).toBe(true);
  });

  it('refuses to run an undeployed pipeline (409) and rejects a bad body (422)', async () => {
    const ds = client();
    mock.seed.pipeline('draft', { status: 'UNDEPLOYED' });
    mock.seed.pipeline('qa');
    await expect(ds.pipelines.search('draft', { queries: ['x'] })).rejects.toBeInstanceOf(ConflictError);
    await expect(ds.pipelines.search('qa', { queries: [] })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it('chats in a search session, keeping its turns', async () => {
    const ds = client();
    const pipeline = mock.seed.pipeline('qa');
    mock.seed.file('a.txt', 'The warranty lasts two years.');
    const { search_session_id } = await ds.searchSessions.create({ pipeline_id: pipeline.pipeline_id });
    const answer = await ds.pipelines.chat('qa', { query: 'How long is the warranty?', search_session_id });
    expect(answer.results[0]?.answers[0]?.answer).toBe('The warranty lasts two years.');
    expect(mock.store.searchSessions.get(search_session_id)?.turns).toHaveLength(1);
    const sessions = await ds.searchSessions.list({ pipeline_id: pipeline.pipeline_id });
    expect(sessions.data.map((s) => s.search_session_id)).toEqual([search_session_id]);
  });

  it('lists pipeline templates', async () => {
    const templates = await client().pipelineTemplates.list();
    expect(templates.data.map((t) => t.name)).toEqual(['RAG (keyword)', 'Extractive QA']);
  });
});

describe('files', () => {
  it('uploads with metadata, lists, downloads, updates metadata and deletes', async () => {
    const ds = client();
    const { file_id } = await ds.uploadFile(
      new File(['Hello deepset'], 'hello.txt', { type: 'text/plain' }),
      {
        meta: { lang: 'en' },
      },
    );
    expect(await ds.files.getMeta(file_id)).toEqual({ lang: 'en' });
    const blob = await ds.files.download(file_id);
    expect(await (blob as Blob).text()).toBe('Hello deepset');
    await ds.files.updateMeta(file_id, { reviewed: true });
    expect(await ds.files.getMeta(file_id)).toEqual({ lang: 'en', reviewed: true });
    expect((await ds.files.list({ name: 'hello' })).data.map((f) => f.name)).toEqual(['hello.txt']);
    await ds.files.delete(file_id);
    await expect(ds.files.getMeta(file_id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers 404 for another workspace's file, as deepset scopes files to their workspace", async () => {
    const ds = client();
    const other = mock.seed.file('secret.txt', 'not yours', {}, 'other');
    await expect(ds.files.getMeta(other.file_id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ds.files.delete(other.file_id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await ds.files.getMeta(other.file_id, { workspace_name: 'other' })).toEqual({});
  });

  it('files.upload sends the multipart parts as given', async () => {
    const ds = client();
    const { file_id } = await ds.files.upload({
      file: { data: 'raw parts', filename: 'raw.txt', contentType: 'text/plain' },
      meta: JSON.stringify({ source: 'direct' }),
      write_mode: 'KEEP',
    });
    expect(await ds.files.getMeta(file_id)).toEqual({ source: 'direct' });
    expect(mock.store.files.get(file_id)?.text).toBe('raw parts');
  });

  it('honours write_mode and deletes several files at once', async () => {
    const ds = client();
    await ds.uploadFile(new File(['one'], 'a.txt'));
    await expect(ds.uploadFile(new File(['two'], 'a.txt'), { writeMode: 'FAIL' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const { file_id } = await ds.uploadFile(new File(['three'], 'a.txt'), { writeMode: 'OVERWRITE' });
    expect(await ((await ds.files.download(file_id)) as Blob).text()).toBe('three');
    const b = await ds.uploadFile(new File(['b'], 'b.txt'));
    await ds.uploadFile(new File(['c'], 'c.txt'));
    await ds.files.deleteMany({ names: ['a.txt'], file_ids: [b.file_id] });
    expect((await ds.files.list()).data.map((f) => f.name)).toEqual(['c.txt']);
  });
});

describe('indexes and documents', () => {
  it('reads the index, queries, counts, gets and streams documents', async () => {
    const ds = client();
    mock.seed.pipeline('qa');
    const a = mock.seed.file('a.txt', 'Solar panels convert light.', { kind: 'energy' });
    mock.seed.file('b.txt', 'Wind turbines convert wind.');
    expect((await ds.indexes.get('qa')).status?.indexed_file_count).toBe(2);
    const hits = await ds.documents.query('qa', { query: 'solar light', top_k: 1 });
    expect(hits.map((d) => d.meta.file_name)).toEqual(['a.txt']);
    expect(await ds.documents.count('qa', {})).toEqual({ count: 2 });
    const doc = await ds.documents.get('qa', `doc-${a.file_id}`);
    expect(doc.content).toBe('Solar panels convert light.');
    const streamed: string[] = [];
    for await (const d of ds.documents.stream('qa', { return_embedding: false })) streamed.push(d.content);
    expect(streamed).toEqual(['Solar panels convert light.', 'Wind turbines convert wind.']);
    await expect(ds.documents.get('qa', 'doc-missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('evaluation', () => {
  it('imports a set, matches labels, exports CSV, runs and scores, then cleans up', async () => {
    const ds = client();
    mock.seed.pipeline('qa');
    mock.seed.file('berlin.txt', 'Berlin is the capital of Germany.');
    const csv =
      'question,answer,context,file_name\n"What is the capital of Germany?",Berlin,,berlin.txt\nWho wrote Faust?,Goethe,,\n';
    const set = await ds.evaluationSets.import({
      file: new File([csv], 'capitals.csv', { type: 'text/csv' }),
    });
    expect(set).toMatchObject({ name: 'capitals', total_labels: 2, matched_labels: 0 });
    expect((await ds.evaluationSets.list()).data.map((s) => s.name)).toEqual(['capitals']);
    expect((await ds.evaluationSets.get('capitals')).data.map((l) => l.answer)).toEqual(['Berlin', 'Goethe']);
    expect((await ds.evaluationSets.matchLabels('capitals')).matched_labels).toBe(1);
    expect(await ds.evaluationSets.getCsv('capitals')).toContain(
      '"What is the capital of Germany?","Berlin"',
    );

    const { data: run } = await ds.evalRuns.create({
      name: 'exp-1',
      pipeline_name: 'qa',
      evaluation_set_name: 'capitals',
      tags: ['baseline'],
    });
    expect(run).toMatchObject({ eval_run_name: 'exp-1', status: 0 });
    await ds.evalRuns.start('exp-1');
    const finished = await ds.evalRuns.get('exp-1');
    expect(finished.status).toBe(2);
    expect(finished.metrics).toEqual({ answer_builder: { exact_match: 0.5 } });
    const predictions = await ds.evalRuns.listPredictions('exp-1', 'answer_builder');
    expect(predictions.data.map((p) => p.exact_match)).toEqual([1, 0]);
    expect((await ds.evalRuns.update('exp-1', { comment: 'first try' })).data.comment).toBe('first try');
    expect((await ds.evalRuns.list()).total).toBe(1);
    await ds.evalRuns.delete('exp-1');
    await ds.evaluationSets.delete('capitals');
    await expect(ds.evalRuns.get('exp-1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(ds.evaluationSets.getCsv('capitals')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a CSV whose quoted field is never closed with a 422 naming the line', async () => {
    const file = new File(['question,answer\n"Who wrote Faust?,Goethe\n'], 'broken.csv', {
      type: 'text/csv',
    });
    const error = await client()
      .evaluationSets.import({ file })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(String((error as Error).message)).toContain('quoted field opened on line 2 is not closed');
    expect(mock.store.evaluationSets.all()).toEqual([]);
  });

  it('manages eval run tags', async () => {
    const ds = client();
    await ds.evalRunTags.create({ name: 'baseline' });
    await expect(ds.evalRunTags.create({ name: 'baseline' })).rejects.toBeInstanceOf(ConflictError);
    expect((await ds.evalRunTags.update('baseline', { name: 'v1' })).name).toBe('v1');
    expect((await ds.evalRunTags.list()).map((t) => t.name)).toEqual(['v1']);
    await ds.evalRunTags.delete('v1');
    expect(await ds.evalRunTags.list()).toEqual([]);
  });

  it("refuses to rename a tag or a prompt template onto another's name in the workspace (409)", async () => {
    const ds = client();
    await ds.evalRunTags.create({ name: 'a' });
    await ds.evalRunTags.create({ name: 'b' });
    await expect(ds.evalRunTags.update('b', { name: 'a' })).rejects.toBeInstanceOf(ConflictError);
    expect((await ds.evalRunTags.list()).map((t) => t.name)).toEqual(['a', 'b']);
    expect((await ds.evalRunTags.update('b', { name: 'b' })).name).toBe('b'); // its own name is no clash
    await ds.promptTemplates.create({ name: 'first', text: 'One' });
    const second = await ds.promptTemplates.create({ name: 'second', text: 'Two' });
    await expect(
      ds.promptTemplates.update(second.prompt_template_id, { name: 'first', text: 'Two' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await ds.promptTemplates.list()).data.map((t) => t.name)).toEqual(['first', 'second']);
  });
});

describe('prompt templates, labeling projects, shared prototypes', () => {
  it('manages prompt templates and reads public ones', async () => {
    const ds = client();
    expect((await ds.promptTemplates.listPublic()).data[0]?.name).toBe('deepset/question-answering');
    await ds.promptTemplates.syncPromptHub();
    const t = await ds.promptTemplates.create({ name: 'short', text: 'Answer briefly: {query}' });
    expect(
      (await ds.promptTemplates.update(t.prompt_template_id, { name: 'short', text: 'Be brief.' })).text,
    ).toBe('Be brief.');
    expect((await ds.promptTemplates.list()).data.map((x) => x.text)).toEqual(['Be brief.']);
    await ds.promptTemplates.delete(t.prompt_template_id);
    expect((await ds.promptTemplates.list()).total).toBe(0);
  });

  it('manages labeling projects', async () => {
    const ds = client();
    const p = await ds.labelingProjects.create({ name: 'contracts' });
    expect((await ds.labelingProjects.get(p.labeling_project_id)).name).toBe('contracts');
    expect((await ds.labelingProjects.update(p.labeling_project_id, { name: 'contracts-v2' })).name).toBe(
      'contracts-v2',
    );
    expect((await ds.labelingProjects.list()).total).toBe(1);
    await ds.labelingProjects.delete(p.labeling_project_id);
    await expect(ds.labelingProjects.get(p.labeling_project_id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('manages shared prototypes and their users', async () => {
    const ds = client();
    mock.seed.pipeline('qa');
    const p = await ds.sharedPrototypes.create({ pipeline_names: ['qa'], brand_color: '#123456' });
    expect(p.link).toContain('share_token=');
    expect((await ds.sharedPrototypes.get(p.shared_prototype_id)).pipeline_names).toEqual(['qa']);
    expect(
      (await ds.sharedPrototypes.update(p.shared_prototype_id, { brand_color: '#000000' })).brand_color,
    ).toBe('#000000');
    const user = await ds.sharedPrototypes.createUser({
      shared_prototype_id: p.shared_prototype_id,
      email: 'guest@example.com',
    });
    expect(user.email).toBe('guest@example.com');
    expect((await ds.sharedPrototypes.list()).total).toBe(1);
    await ds.sharedPrototypes.delete(p.shared_prototype_id);
    await expect(ds.sharedPrototypes.get(p.shared_prototype_id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('upload sessions (the raw operations)', () => {
  it('creates, lists, reads, lists files and closes', async () => {
    const ds = client();
    const session = await ds.uploadSessions.create({ write_mode: 'KEEP' });
    expect(session.aws_prefixed_request_config.url).toBe(
      `${mock.baseUrl}/__storage/upload/${session.session_id}`,
    );
    const [row] = (await ds.uploadSessions.list()).data;
    expect(row?.status).toBe('OPEN');
    // A list row is the summary the spec names, with none of the mock's own fields (received files, counters).
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created_at',
      'created_by',
      'expires_at',
      'session_id',
      'status',
      'write_mode',
    ]);
    await ds.uploadSessions.close(session.session_id, { status: 'CLOSED' });
    expect((await ds.uploadSessions.list()).data.map((s) => s.status)).toEqual(['CLOSED']);
    expect((await ds.uploadSessions.get(session.session_id)).ingestion_status).toEqual({
      finished_files: 0,
      failed_files: 0,
    });
    expect((await ds.uploadSessions.listFiles(session.session_id)).data).toEqual([]);
    await expect(ds.uploadSessions.close(session.session_id, { status: 'CLOSED' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
