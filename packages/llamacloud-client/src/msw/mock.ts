import { createScenarios, createTypedHttp } from '@org/sdk-core/msw';
import { servers } from '../generated/resources';
import type { paths } from '../generated/schema';
import {
  createMockContext,
  DEFAULT_EMBEDDING,
  fileRecord,
  type LlamaCloudMockOptions,
  type MockFile,
  now,
  type S,
} from './context';
import { createDocumentHandlers } from './document-handlers';
import { createFileHandlers } from './file-handlers';
import { createGate } from './gate';
import { createPipelineFileHandlers } from './pipeline-file-handlers';
import { createPipelineHandlers } from './pipeline-handlers';
import { createProjectHandlers } from './project-handlers';
import { createSourceHandlers } from './source-handlers';

export type { LlamaCloudMockOptions, MockDocument, MockFile, MockIngestion } from './context';

/**
 * A stateful fake of the LlamaCloud API for msw: what a test creates persists in memory, lists page like
 * the API, unknown ids answer `404 {detail}`, bodies that break the spec answer FastAPI's `422 {detail: [...]}`,
 * a call without a Bearer token answers 401, an unknown `project_id` 403, a known path with a method it
 * does not serve 405; a sync moves NOT_STARTED → IN_PROGRESS → SUCCESS as the status is polled, and retrieve
 * ranks the text of the pipeline's files and documents by keyword overlap with the query (deterministic; no
 * embeddings are pretended). A pipeline created without an `embedding_config` gets the managed default.
 * @example
 * const mock = createLlamaCloudMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.rateLimited('POST /api/v1/files', { retryAfterSeconds: 1 }));
 */
export function createLlamaCloudMock(options: LlamaCloudMockOptions = {}) {
  const baseUrl = options.baseUrl ?? servers.us;
  const http = createTypedHttp<paths>({ baseUrl });
  const ctx = createMockContext(options, http);
  const { store, defaultProject } = ctx;

  const handlers = [
    createGate(ctx),
    ...createProjectHandlers(ctx),
    ...createFileHandlers(ctx),
    ...createPipelineHandlers(ctx),
    ...createPipelineFileHandlers(ctx),
    ...createDocumentHandlers(ctx),
    ...createSourceHandlers(ctx),
  ];

  function seedFile(name: string, text: string, projectId = defaultProject().id): S['File'] {
    return fileRecord(
      store.files.insert({
        name,
        text,
        external_file_id: name,
        file_size: new TextEncoder().encode(text).length,
        file_type: name.split('.').pop() ?? null,
        project_id: projectId,
        created_at: now(),
        updated_at: now(),
      } as MockFile),
    );
  }

  return {
    baseUrl,
    /** Everything back to the seeded start (the store and what hangs off it). */
    reset: () => store.reset(),
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions, seed it, `store.reset()` between tests. */
    store,
    /** Typed handler factory for overrides: `server.use(mock.http.get('/api/v1/pipelines/{pipeline_id}', ...))`. */
    http,
    /** Fault scenarios in LlamaCloud's error shape: 429 with Retry-After, 5xx, network errors, slow answers. */
    scenarios: createScenarios({ baseUrl, errorBody: (_status, message) => ({ detail: message }) }),
    /** Seeding helpers for state a test starts from. */
    seed: {
      /** The project every call without a `project_id` uses (created on first use, as the API's default). */
      project: (): S['Project'] => defaultProject(),
      /** A file with its text, as if uploaded. */
      file: seedFile,
      /** A pipeline whose files are already indexed (status SUCCESS), ready to retrieve from. */
      indexedPipeline(name: string, files: { name: string; text: string }[] = []): S['Pipeline'] {
        const project = defaultProject().id;
        const pipeline = store.pipelines.insert({
          name,
          project_id: project,
          pipeline_type: 'MANAGED',
          embedding_config: DEFAULT_EMBEDDING,
          status: 'CREATED',
          created_at: now(),
          updated_at: now(),
        });
        for (const f of files) {
          const file = seedFile(f.name, f.text, project);
          store.pipelineFiles.insert({
            pipeline_id: pipeline.id,
            file_id: file.id,
            name: file.name,
            project_id: project,
            status: 'SUCCESS',
            custom_metadata: {},
          } as S['PipelineFile']);
        }
        return pipeline;
      },
    },
  };
}

/** The LlamaCloud mock, as `createLlamaCloudMock` returns it. */
export type LlamaCloudMock = ReturnType<typeof createLlamaCloudMock>;
