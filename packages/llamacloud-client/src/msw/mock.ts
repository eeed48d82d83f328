import {
  createMockApi,
  createRequestBodyChecker,
  createRouteGate,
  createScenarios,
  createTypedHttp,
  fastApiValidationError,
  projectAnswers,
  type VendorMock,
} from '@org/sdk-core/msw';
import { HttpResponse, type HttpHandler } from 'msw';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { paths } from '../generated/schema';
import { components, operations } from '../generated/schemas';
import {
  badQuery,
  createMockContext,
  DEFAULT_EMBEDDING,
  type LlamaCloudMockOptions,
  type MockFile,
  notFound,
  type S,
} from './context';
import { documentResolvers } from './document-handlers';
import { fileResolvers } from './file-handlers';
import { pipelineFileResolvers } from './pipeline-file-handlers';
import { pipelineResolvers } from './pipeline-handlers';
import { projectResolvers } from './project-handlers';
import { sourceResolvers } from './source-handlers';

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
  const { store, defaultProject, stamp } = ctx;

  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, components),
    errors: {
      invalid: (issues, _route, where) => fastApiValidationError(issues, { where }),
      notFound: (message) =>
        message ? HttpResponse.json({ detail: message }, { status: 404 }) : notFound('Item'),
      // FastAPI's 405, with the methods the path serves.
      methodNotAllowed: (_method, _route, allow) =>
        HttpResponse.json(
          { detail: 'Method Not Allowed' },
          { status: 405, headers: { Allow: allow.join(', ') } },
        ),
      pageError: (error) => badQuery(error.param, error.message),
    },
    // The spec gives no page sizes; these are the mock's own.
    paging: { defaultLimit: 100, maxLimit: 1000 },
    // Resolvers answer stored rows; the answer carries what the spec's schema names.
    resolvers: projectAnswers(
      {
        ...projectResolvers(ctx),
        ...fileResolvers(ctx),
        ...pipelineResolvers(ctx),
        ...pipelineFileResolvers(ctx),
        ...documentResolvers(ctx),
        ...sourceResolvers(ctx),
      },
      operations,
      components,
    ),
  });
  /**
   * In front of the routes, after routing (FastAPI's order): no Bearer token answers `401 {detail: "Not
   * authenticated"}`; a `project_id` the mock does not know answers `403 {detail: "User does not have access
   * to this resource"}`, the API's answer for a project outside the key's reach (run-llama/llama_cloud_services
   * issue 580).
   */
  const gate = createRouteGate(baseUrl, routes, ({ request, url }) => {
    if (!/^Bearer \S+/.test(request.headers.get('authorization') ?? ''))
      return HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 });
    const project = url.searchParams.get('project_id');
    if (project === null || (defaultProject() && store.projects.has(project))) return undefined;
    return HttpResponse.json({ detail: 'User does not have access to this resource' }, { status: 403 });
  });
  const handlers: HttpHandler[] = [...gate, ...api.handlers];
  const reset = () => {
    store.reset();
    ctx.clock.reset();
  };

  function seedFile(name: string, text: string, projectId = defaultProject().id): S['File'] {
    return store.files.insert({
      name,
      text,
      external_file_id: name,
      file_size: new TextEncoder().encode(text).length,
      file_type: name.split('.').pop() ?? null,
      project_id: projectId,
      ...stamp(),
    } as MockFile);
  }

  const mock = {
    baseUrl,
    /** Everything back to the seeded start: the store, the clock and ids. */
    reset,
    /**
     * One operation answered your way, typed by the operation, for `server.use(...)`.
     * @example server.use(mock.override('getPipeline', ({ params }) => ({ ...pipeline, id: params.pipeline_id }), { once: true }))
     */
    override: api.override,
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions or seed it (`mock.reset()` between tests). */
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
          ...stamp(),
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
          });
        }
        return pipeline;
      },
    },
  };
  return mock satisfies VendorMock;
}

/** The LlamaCloud mock, as `createLlamaCloudMock` returns it. */
export type LlamaCloudMock = ReturnType<typeof createLlamaCloudMock>;
