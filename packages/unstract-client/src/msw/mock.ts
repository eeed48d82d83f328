import {
  byQuery,
  type BodyIssue,
  type MockResolvers,
  projectAnswers,
  createCollection,
  createMockApi,
  createMockClock,
  createRequestBodyChecker,
  createScenarios,
  createStore,
  createTypedHttp,
  defineResource,
  drfErrorBody as drfError,
  mockUuid,
  type VendorMock,
} from '@org/sdk-core/msw';
import { HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { fileResult, type MockDocument, readDocuments } from './documents';

type S = components['schemas'];
type Status = S['ExecutionStatus'];

/** A workflow the mock can deploy, with the Prompt Studio tools it contains. */
export interface MockWorkflow {
  id: string;
  name: string;
  tool_ids: string[];
}
/** A stored deployment: the API's record plus its sharing and run history. */
export type MockDeployment = S['Deployment'] & {
  shared_users: S['UserRef'][];
  run_count: number;
  last_run_time: string | null;
  last_5_run_statuses: S['RunStatus'][];
};
/** An execution as the mock runs it: each status poll moves it one step. */
export interface MockExecution {
  id: string;
  deployment_id: string;
  documents: MockDocument[];
  steps: Status[];
  step: number;
  error: string | null;
  acknowledged: boolean;
  tags: string[];
  /** The `custom_data` part as it arrived (JSON text), or null when none was sent. */
  custom_data: string | null;
}

/** Options of `createUnstractMock`. */
export interface UnstractMockOptions {
  /** The host the handlers answer. @default the us-central server */
  baseUrl?: string;
  /** The organization the mock serves (`org_id` / `org_name`). @default 'org_mock' */
  orgId?: string;
  /** Executions that may run at once in the organization; one more answers 429. @default 20 (the server's default) */
  executionLimit?: number;
  /** How an execution proceeds: the execute call answers the first, each status poll the next. @default PENDING, EXECUTING, COMPLETED */
  executionSteps?: Status[];
}

/** Deterministic uuids that count up, one prefix per kind of record (so tests can name them). */
const uuid = (prefix: string) => (n: number) => mockUuid(prefix, n);
const IN_PROGRESS = new Set<Status>(['PENDING', 'EXECUTING']);
const OWNER: S['UserRef'] = { id: 1, email: 'owner@example.com' };
// Sequence 0: generated workflow ids start at 1, so seeded ones never collide with it.
export const DEFAULT_WORKFLOW_ID = 'f1000000-0000-4000-8000-000000000000';

const answer = (status: number, body: JsonBodyType) => HttpResponse.json(body, { status });
const invalid = (detail: string, attr: string | null = null, code = 'invalid') =>
  answer(400, drfError('validation_error', code, detail, attr));
const notFound = (detail = 'Not found.') => answer(404, drfError('client_error', 'not_found', detail));

/** Schema issues as DRF words them, for the rules clients meet most: a missing field, a bad api_name. */
function fromIssues(issues: BodyIssue[]) {
  return answer(400, {
    type: 'validation_error',
    errors: issues.map((i) => {
      const attr = i.path.join('.') || null;
      if (i.missing) return { code: 'required', detail: 'This field is required.', attr };
      // DRF's UUIDField wording.
      if (i.code === 'uuid_parsing') return { code: 'invalid', detail: 'Must be a valid UUID.', attr };
      if (attr === 'api_name' && i.code === 'invalid_format') {
        // APIDeploymentSerializer.validate_api_name's RegexValidator.
        const detail = 'Only letters, numbers, hyphen and underscores are allowed.';
        return { code: 'invalid_api_name', detail, attr };
      }
      return { code: 'invalid', detail: i.message, attr };
    }),
  });
}

/**
 * A stateful fake of Unstract's API deployments for msw. Deployments, their sharing, Postman collection and
 * API keys persist in memory (one active deployment per workflow, unique api names, DRF page-number lists);
 * executions move PENDING → EXECUTING → COMPLETED as their status is polled, answering 422 while in
 * progress, their per-file results once (406 afterwards), and 429 over the organization's concurrency
 * limit. Results are derived from the files sent (name, size, line and word counts): no extraction is
 * pretended. Errors are drf-standardized-errors bodies.
 * @example
 * const mock = createUnstractMock();
 * const server = setupServer(...mock.handlers);
 * const unstract = createUnstractClient({ apiKey: 'test', orgId: mock.orgId });
 */
export function createUnstractMock(options: UnstractMockOptions = {}) {
  const baseUrl = options.baseUrl ?? servers['us-central'];
  const orgId = options.orgId ?? 'org_mock';
  const executionLimit = options.executionLimit ?? 20;
  const executionSteps = options.executionSteps ?? ['PENDING', 'EXECUTING', 'COMPLETED'];
  const http = createTypedHttp<paths>({ baseUrl });
  const collections = createStore({
    workflows: createCollection<MockWorkflow>({ generateId: uuid('f1') }),
    deployments: createCollection<MockDeployment>({ generateId: uuid('de') }),
    apiKeys: createCollection<S['ApiKey']>({ generateId: uuid('a1') }),
    executions: createCollection<MockExecution>({ generateId: uuid('e1') }),
  });
  const seedDefaults = () => {
    collections.workflows.insert({
      id: DEFAULT_WORKFLOW_ID,
      name: 'Invoice extraction',
      tool_ids: ['tool_invoices'],
    });
  };
  const clearAll = collections.reset;
  /** Clears every record and puts back the default workflow. */
  const store = Object.assign(collections, {
    reset() {
      clearAll();
      keySequence = 0;
      nextFailure = undefined;
      clock.reset();
      seedDefaults();
    },
  });
  const clock = createMockClock();
  let keySequence = 0;
  let nextFailure: { status: 'ERROR' | 'STOPPED'; message: string } | undefined;
  seedDefaults();

  /**
   * The gate in front of every management route (`/api/v1/unstract/{org_id}/…`): a credential (else 401),
   * then this organization (else 404); a request that passes goes on to its route. The execution routes
   * (`/deployment/api/…`) are outside it: they check the deployment's own key.
   */
  const gate = http.untyped.all(http.url('/api/v1/unstract/{org_id}/*'), ({ request, params }) => {
    if (!request.headers.get('authorization')) {
      return answer(
        401,
        drfError('client_error', 'not_authenticated', 'Authentication credentials were not provided.'),
      );
    }
    if (params.org_id !== orgId) return notFound('Organization not found.');
    return undefined;
  });

  // The records a path's id names, or DRF's 404.
  const deployments = defineResource(store.deployments, { param: 'id', notFound: () => notFound() });
  const keysOf = defineResource(store.deployments, {
    param: 'api_id',
    notFound: () => notFound('API not found.'),
  });
  const apiKeys = defineResource(store.apiKeys, { param: 'id', notFound: () => notFound() });

  const stamp = (at = clock.now()) => ({ created_at: at, modified_at: at });
  const newKey = (deploymentId: string, description: string | null, isActive = true): S['ApiKey'] =>
    store.apiKeys.insert({
      api_key: uuid('a2')(++keySequence),
      is_active: isActive,
      description,
      api: deploymentId,
      pipeline: null,
      created_by: OWNER.id,
      modified_by: OWNER.id,
      ...stamp(),
    });

  const endpoint = (apiName: string) => `deployment/api/${orgId}/${apiName}/`;

  /** Stores a deployment with what the server fills in itself: endpoint, owner, times, no sharing, no runs. */
  const insertDeployment = (
    fields: Pick<MockDeployment, 'display_name' | 'description' | 'workflow' | 'is_active' | 'api_name'> &
      Partial<Pick<MockDeployment, 'run_count' | 'last_run_time'>>,
  ) =>
    store.deployments.insert({
      api_endpoint: endpoint(fields.api_name),
      created_by: OWNER.id,
      modified_by: OWNER.id,
      ...stamp(),
      shared_to_org: false,
      shared_groups: [],
      shared_users: [],
      run_count: 0,
      last_run_time: null,
      last_5_run_statuses: [],
      ...fields,
    });

  // Answers are cut to the spec's schema (projectAnswers): a list item is the record plus what the list adds.
  const toListItem = (d: MockDeployment): S['DeploymentListItem'] => ({
    ...d,
    workflow_name: store.workflows.get(d.workflow)?.name ?? '',
    description: d.description ?? '',
    created_by: d.created_by ?? null,
    created_by_email: OWNER.email,
    is_owner: true,
    co_owners_count: 1,
  });
  // Most recently run first, never-run last (as the API orders), then oldest created first.
  const byLastRun = (a: MockDeployment, b: MockDeployment) =>
    (b.last_run_time ?? '').localeCompare(a.last_run_time ?? '');

  /** The rules a deployment must keep after a create or update; a 400 answer when it breaks one. */
  function breaksRules(next: { workflow: string; api_name: string; is_active: boolean }, self?: string) {
    if (!store.workflows.has(next.workflow)) {
      return invalid(`Invalid pk "${next.workflow}" - object does not exist.`, 'workflow', 'does_not_exist');
    }
    if (store.deployments.find((d) => d.id !== self && d.api_name === next.api_name)) {
      // IntegrityErrorMixin's message for the unique_api_name constraint.
      return invalid(
        'This API name is already in use. Please select a different name.',
        'api_name',
        'unique',
      );
    }
    if (
      next.is_active &&
      store.deployments.find((d) => d.id !== self && d.workflow === next.workflow && d.is_active)
    ) {
      return invalid(
        'This workflow already has an active API deployment. Only one API deployment per workflow is allowed.',
        'workflow',
      );
    }
    return undefined;
  }

  /** The deployment an execution request names, if the key in its Authorization header opens it. */
  function deploymentFor(request: Request, org: string, apiName: string): MockDeployment | Response {
    const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const deployment = org === orgId ? store.deployments.find((d) => d.api_name === apiName) : undefined;
    if (!deployment || !deployment.is_active) return notFound('API not found.');
    const key = store.apiKeys.find((k) => k.api_key === token && k.api === deployment.id);
    if (!key || !key.is_active)
      return answer(401, drfError('client_error', 'authentication_failed', 'Unauthorized'));
    return deployment;
  }

  const statusOf = (e: MockExecution) => e.steps[Math.min(e.step, e.steps.length - 1)] as Status;
  const flags = (source: { get(name: string): unknown }) => ({
    metadata: String(source.get('include_metadata')) === 'true',
    metrics: String(source.get('include_metrics')) === 'true',
    text: String(source.get('include_extracted_text')) === 'true',
  });
  const results = (e: MockExecution, include: ReturnType<typeof flags>) =>
    e.documents.map((doc, i) => fileResult(doc, { execution: e, index: i, orgId, include }));

  function recordRun(e: MockExecution) {
    const d = store.deployments.get(e.deployment_id);
    if (!d) return;
    const run = { status: statusOf(e), timestamp: clock.now(), execution_id: e.id };
    const history = d.last_5_run_statuses.filter((r) => r.execution_id !== e.id);
    store.deployments.update(d.id, {
      last_5_run_statuses: [run, ...history].slice(0, 5),
      ...(e.step === 0 ? { run_count: d.run_count + 1, last_run_time: run.timestamp } : {}),
    });
  }

  /** PUT and PATCH: the spec's schemas tell them apart (PUT requires `workflow` and `api_name`). */
  function updateDeployment(id: string, input: S['DeploymentPatch']) {
    const current = store.deployments.get(id) as MockDeployment; // beforeBody answered a missing one
    const next = { ...current, ...input };
    const broken = breaksRules(next, current.id);
    if (broken) return broken;
    return store.deployments.update(current.id, {
      ...input,
      api_endpoint: endpoint(next.api_name),
      modified_at: clock.now(),
    }) as MockDeployment;
  }

  const resolvers: MockResolvers<Operations> = {
    listDeploymentsByPromptStudioTool: ({ query }) => {
      const tool = query.get('tool_id') as string; // beforeBody answered a missing one
      return store.deployments
        .filter((d) => store.workflows.get(d.workflow)?.tool_ids.includes(tool) ?? false)
        .map(toListItem);
    },
    listDeployments: ({ query, page }) => {
      const inQuery = byQuery({
        workflow: 'workflow',
        search: { field: 'display_name', match: 'contains', ignoreCase: true },
        api_name: 'api_name',
      });
      const items = store.deployments
        .filter((d) => inQuery(d, query))
        .sort(byLastRun)
        .map(toListItem);
      return page(items, (p) => ({ previous: p.url(p.previousPage) }));
    },
    createDeployment: ({ body: input }) => {
      const next = { ...input, is_active: input.is_active ?? true };
      const broken = breaksRules(next);
      if (broken) return broken;
      const d = insertDeployment({
        display_name: input.display_name ?? 'default api',
        description: input.description ?? '',
        workflow: input.workflow,
        is_active: next.is_active,
        api_name: input.api_name,
      });
      const { api_key } = newKey(d.id, 'Initial Access Key');
      // The serializer declares is_active a CharField, so the API sends the boolean as text.
      return {
        ...d,
        api_key,
        description: d.description ?? '',
        is_active: d.is_active ? 'True' : 'False',
      };
    },
    getDeployment: deployments.get(),
    updateDeployment: ({ params, body }) => updateDeployment(params.id, body),
    partialUpdateDeployment: ({ params, body }) => updateDeployment(params.id, body),
    deleteDeployment: deployments.remove({
      cascade: (d) => {
        for (const key of store.apiKeys.filter((k) => k.api === d.id)) store.apiKeys.delete(key.id);
      },
    }),
    listDeploymentUsers: deployments.with((d) => ({
      ...d,
      shared_to_org: d.shared_to_org ?? false,
      shared_groups: [],
      co_owners: [OWNER],
      created_by: OWNER,
    })),
    getPostmanCollection: deployments.with((d) => {
      const key = store.apiKeys.find((k) => k.api === d.id && k.is_active);
      if (!key)
        return answer(409, drfError('client_error', 'conflict', 'No active API key for this deployment.'));
      const url = `${baseUrl.replace(/\/+$/, '')}/${d.api_endpoint}`;
      const header = [{ key: 'Authorization', value: `Bearer ${key.api_key}` }];
      const collection: S['PostmanCollection'] = {
        info: {
          name: d.display_name,
          schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
          description: d.description ?? '',
        },
        item: [
          {
            name: 'Process document',
            request: {
              method: 'POST',
              url,
              header,
              body: {
                mode: 'formdata',
                formdata: [
                  { key: 'files', type: 'file', src: '' },
                  { key: 'timeout', type: 'text', value: -1 },
                  { key: 'include_metadata', type: 'text', value: false },
                ],
              },
            },
          },
          {
            name: 'Execution status',
            request: { method: 'GET', url: `${url}?execution_id=`, header, body: null },
          },
        ],
      };
      return HttpResponse.json(collection, {
        headers: { 'content-disposition': `attachment; filename="${d.display_name}.json"` },
      });
    }),

    // API keys
    listApiKeys: keysOf.with((d) => store.apiKeys.filter((k) => k.api === d.id)),
    createApiKey: ({ params, body }) => {
      // DRF's serializer reads `api`/`pipeline` too, which the spec's create body does not name.
      const input: S['ApiKeyCreate'] & { api?: unknown; pipeline?: unknown } = body;
      if ((input.api != null && input.api !== params.api_id) || input.pipeline != null) {
        return invalid(
          'The key belongs to the deployment in the path.',
          input.pipeline != null ? 'pipeline' : 'api',
        );
      }
      return newKey(params.api_id, input.description ?? null, input.is_active ?? true);
    },
    getApiKey: apiKeys.get(),
    // beforeBody answered a missing key's 404 already, before the body's 400s, as DRF does.
    updateApiKey: apiKeys.with((current, { body: input }) => {
      if ((input.api == null) === (input.pipeline == null)) {
        return invalid('At least one of `api` or `pipeline` must be set.');
      }
      if (input.api !== current.api)
        return invalid(
          `Invalid pk "${input.api ?? input.pipeline}" - object does not exist.`,
          'api',
          'does_not_exist',
        );
      return (
        store.apiKeys.update(current.id, {
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.is_active !== undefined ? { is_active: input.is_active } : {}),
          modified_at: clock.now(),
        }) ?? current
      );
    }),
    deleteApiKey: apiKeys.remove(),

    // executions
    executeDeployment: async ({ request, params }) => {
      const deployment = deploymentFor(request, params.org_name, params.api_name);
      if (deployment instanceof Response) return deployment;
      const form = await request.formData().catch(() => undefined);
      if (!form) return invalid('The request is not multipart/form-data.');
      const read = await readDocuments(form);
      if (typeof read === 'string') return invalid(read, 'presigned_urls');
      if (read.length === 0) return invalid('At least one file or presigned URL must be provided.');
      if (read.length > 32) return invalid('Maximum 32 files are allowed per request.', 'files');
      const rawTimeout = form.get('timeout');
      const timeout = rawTimeout === null ? -1 : Number(rawTimeout);
      if (!Number.isInteger(timeout) || timeout < -1 || timeout > 300) {
        return invalid('Ensure this value is between -1 and 300.', 'timeout');
      }
      const running = store.executions.filter((e) => IN_PROGRESS.has(statusOf(e))).length;
      if (running >= executionLimit) {
        return answer(
          429,
          // RateLimitExceeded (an APIException, so code `error`) with RateLimitMessages' text; no Retry-After.
          drfError(
            'client_error',
            'error',
            `Organization has reached the maximum concurrent API requests limit (${running}/${executionLimit}). Please try again later.`,
          ),
        );
      }
      // Sent as a text part (or, per the spec's encoding, as an application/json part).
      const customData = form.get('custom_data');
      const failure = nextFailure;
      nextFailure = undefined;
      const steps = failure
        ? [...executionSteps.filter((s) => s !== 'COMPLETED'), failure.status]
        : executionSteps;
      const e = store.executions.insert({
        deployment_id: deployment.id,
        documents: read,
        steps,
        step: 0,
        error: failure?.message ?? null,
        acknowledged: false,
        tags: String(form.get('tags') ?? '')
          .split(',')
          .filter(Boolean),
        custom_data:
          customData === null ? null : typeof customData === 'string' ? customData : await customData.text(),
      });
      recordRun(e);
      // With a timeout the server waits for the run; the mock's run needs no time, so it finishes now.
      const step = timeout > 0 ? steps.length - 1 : 1;
      store.executions.update(e.id, { step, acknowledged: timeout > 0 });
      const shown = timeout > 0 ? (store.executions.get(e.id) as MockExecution) : e;
      const status = statusOf(shown);
      if (timeout > 0) recordRun(shown);
      const done = status === 'COMPLETED';
      return answer(status === 'ERROR' || status === 'STOPPED' ? 422 : 200, {
        message: {
          workflow_id: deployment.workflow,
          execution_id: e.id,
          execution_status: status,
          status_api: `/${endpoint(deployment.api_name)}?execution_id=${e.id}`,
          error: done || IN_PROGRESS.has(status) ? null : e.error,
          result: done ? results(e, flags(form)) : null,
        },
      });
    },
    getExecutionStatus: ({ request, params, query }) => {
      const deployment = deploymentFor(request, params.org_name, params.api_name);
      if (deployment instanceof Response) return deployment;
      const e = store.executions.get(query.get('execution_id') as string); // the engine checked it
      if (!e || e.deployment_id !== deployment.id) return notFound('Execution not found.');
      if (e.acknowledged) return answer(406, { status: statusOf(e), message: 'Result already acknowledged' });
      const status = statusOf(e);
      store.executions.update(e.id, { step: e.step + 1, acknowledged: status === 'COMPLETED' });
      recordRun(e);
      if (status === 'COMPLETED') return { status, message: results(e, flags(query)) };
      return answer(422, { status, message: IN_PROGRESS.has(status) ? null : e.error });
    },
  };

  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, specComponents),
    errors: {
      invalid: fromIssues,
      notFound,
      methodNotAllowed: (method) =>
        answer(405, drfError('client_error', 'method_not_allowed', `Method "${method}" not allowed.`)),
      // DRF's PageNumberPagination answers any page it cannot serve with 404 "Invalid page.".
      pageError: () => notFound('Invalid page.'),
    },
    // DRF ignores a page_size it cannot read and uses the default; a bad or past-the-end page is a 404.
    paging: { badLimit: 'default', pastEnd: 'error' },
    // DRF's update views look the record up (404) before the serializer checks the body (400); the views
    // read their query parameters by hand, after the API they serve is found.
    beforeBody: {
      getExecutionStatus: ({ request, params }) => {
        const deployment = deploymentFor(request, params.org_name, params.api_name);
        return deployment instanceof Response ? deployment : undefined;
      },
      // This view answers a missing tool_id in its own shape, not DRF's.
      listDeploymentsByPromptStudioTool: ({ query }) =>
        query.get('tool_id') ? undefined : answer(400, { error: 'tool_id is required' }),
      updateDeployment: ({ params }) => (store.deployments.has(params.id) ? undefined : notFound()),
      partialUpdateDeployment: ({ params }) => (store.deployments.has(params.id) ? undefined : notFound()),
      createApiKey: ({ params }) =>
        store.deployments.has(params.api_id) ? undefined : notFound('API not found.'),
      updateApiKey: ({ params }) => (store.apiKeys.has(params.id) ? undefined : notFound()),
    },
    resolvers: projectAnswers(resolvers, operations, specComponents),
  });
  const handlers: HttpHandler[] = [gate, ...api.handlers];

  const scenarios = createScenarios({
    baseUrl,
    errorBody: (status, message) =>
      drfError(
        status >= 500 ? 'server_error' : 'client_error',
        status === 429 ? 'throttled' : 'error',
        message,
      ),
  });

  const mock = {
    baseUrl,
    orgId,
    /** The workflow every store starts with, ready to deploy. */
    workflowId: DEFAULT_WORKFLOW_ID,
    handlers,
    /** Everything back to the seeded start: records, the default workflow, the clock and ids. */
    reset: () => store.reset(),
    /**
     * One operation answered your way, typed by the operation, for `server.use(...)`.
     * @example server.use(mock.override('getDeployment', () => HttpResponse.json({}, { status: 503 }), { once: true }))
     */
    override: api.override,
    store,
    http,
    scenarios,
    /**
     * Makes the next execution end `status` (ERROR by default) with `message` instead of COMPLETED.
     * @example mock.failNextExecution('Tool image not found'); // the run polls PENDING, EXECUTING, ERROR
     */
    failNextExecution(message: string, status: 'ERROR' | 'STOPPED' = 'ERROR') {
      nextFailure = { status, message };
    },
    seed: {
      /** A workflow to deploy, containing these Prompt Studio tools. */
      workflow(name: string, toolIds: string[] = []): MockWorkflow {
        return store.workflows.insert({ name, tool_ids: toolIds });
      },
      /** A deployment of the default workflow (or `workflow`) with one active key; returns both. */
      deployment(
        apiName: string,
        init: { workflow?: string; display_name?: string; is_active?: boolean; last_run_time?: string } = {},
      ) {
        const d = insertDeployment({
          display_name: init.display_name ?? apiName,
          description: '',
          workflow: init.workflow ?? DEFAULT_WORKFLOW_ID,
          is_active: init.is_active ?? false,
          api_name: apiName,
          run_count: init.last_run_time ? 1 : 0,
          last_run_time: init.last_run_time ?? null,
        });
        return { deployment: d, key: newKey(d.id, 'seeded key') };
      },
      /** Shares a deployment with users (viewers) and/or the whole organization. */
      share(deploymentId: string, users: S['UserRef'][], toOrg = false) {
        return store.deployments.update(deploymentId, { shared_users: users, shared_to_org: toOrg });
      },
    },
  };
  return mock satisfies VendorMock;
}

/** The Unstract mock, as `createUnstractMock` returns it. */
export type UnstractMock = ReturnType<typeof createUnstractMock>;
