// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's operations as the mock engine routes them (@org/sdk-core/msw `createMockApi`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/**
 * Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and
 * overrides.
 */
export interface Operations {
  listDeployments: paths['/api/v1/unstract/{org_id}/api/deployment/']['get'];
  createDeployment: paths['/api/v1/unstract/{org_id}/api/deployment/']['post'];
  listDeploymentsByPromptStudioTool: paths['/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/']['get'];
  listApiKeys: paths['/api/v1/unstract/{org_id}/api/keys/api/{api_id}/']['get'];
  createApiKey: paths['/api/v1/unstract/{org_id}/api/keys/api/{api_id}/']['post'];
  getDeployment: paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['get'];
  updateDeployment: paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['put'];
  deleteDeployment: paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['delete'];
  partialUpdateDeployment: paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['patch'];
  getPostmanCollection: paths['/api/v1/unstract/{org_id}/api/postman_collection/{id}/']['get'];
  getApiKey: paths['/api/v1/unstract/{org_id}/api/keys/{id}/']['get'];
  updateApiKey: paths['/api/v1/unstract/{org_id}/api/keys/{id}/']['put'];
  deleteApiKey: paths['/api/v1/unstract/{org_id}/api/keys/{id}/']['delete'];
  listDeploymentUsers: paths['/api/v1/unstract/{org_id}/api/deployment/{id}/users/']['get'];
  getExecutionStatus: paths['/deployment/api/{org_name}/{api_name}/']['get'];
  executeDeployment: paths['/deployment/api/{org_name}/{api_name}/']['post'];
}

/** Every operation's route, static path segments before `{param}`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = [
  {
    operationId: 'listDeployments',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/deployment/',
    key: 'GET /api/v1/unstract/{org_id}/api/deployment/',
    status: 200,
    pagination: {
      style: 'page',
      items: 'results',
      next: 'next',
      total: 'count',
      limit: {
        param: 'page_size',
        default: 50,
        maximum: 1000,
      },
    },
    query: [
      {
        name: 'workflow',
        schema: {
          type: 'string',
          format: 'uuid',
        },
      },
    ],
  },
  {
    operationId: 'createDeployment',
    method: 'post',
    path: '/api/v1/unstract/{org_id}/api/deployment/',
    key: 'POST /api/v1/unstract/{org_id}/api/deployment/',
    status: 201,
    body: {
      kind: 'json',
      schema: 'DeploymentCreate',
      required: true,
    },
  },
  {
    operationId: 'listDeploymentsByPromptStudioTool',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/',
    key: 'GET /api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/',
    status: 200,
    query: [
      {
        name: 'tool_id',
        required: true,
        schema: {
          type: 'string',
        },
      },
    ],
  },
  {
    operationId: 'listApiKeys',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
    key: 'GET /api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
    status: 200,
  },
  {
    operationId: 'createApiKey',
    method: 'post',
    path: '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
    key: 'POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
    status: 201,
    body: {
      kind: 'json',
      schema: 'ApiKeyCreate',
      required: true,
    },
  },
  {
    operationId: 'getDeployment',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/deployment/{id}/',
    key: 'GET /api/v1/unstract/{org_id}/api/deployment/{id}/',
    status: 200,
  },
  {
    operationId: 'updateDeployment',
    method: 'put',
    path: '/api/v1/unstract/{org_id}/api/deployment/{id}/',
    key: 'PUT /api/v1/unstract/{org_id}/api/deployment/{id}/',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DeploymentUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteDeployment',
    method: 'delete',
    path: '/api/v1/unstract/{org_id}/api/deployment/{id}/',
    key: 'DELETE /api/v1/unstract/{org_id}/api/deployment/{id}/',
    status: 204,
  },
  {
    operationId: 'partialUpdateDeployment',
    method: 'patch',
    path: '/api/v1/unstract/{org_id}/api/deployment/{id}/',
    key: 'PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DeploymentPatch',
      required: true,
    },
  },
  {
    operationId: 'getPostmanCollection',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/postman_collection/{id}/',
    key: 'GET /api/v1/unstract/{org_id}/api/postman_collection/{id}/',
    status: 200,
  },
  {
    operationId: 'getApiKey',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/keys/{id}/',
    key: 'GET /api/v1/unstract/{org_id}/api/keys/{id}/',
    status: 200,
  },
  {
    operationId: 'updateApiKey',
    method: 'put',
    path: '/api/v1/unstract/{org_id}/api/keys/{id}/',
    key: 'PUT /api/v1/unstract/{org_id}/api/keys/{id}/',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ApiKeyUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteApiKey',
    method: 'delete',
    path: '/api/v1/unstract/{org_id}/api/keys/{id}/',
    key: 'DELETE /api/v1/unstract/{org_id}/api/keys/{id}/',
    status: 204,
  },
  {
    operationId: 'listDeploymentUsers',
    method: 'get',
    path: '/api/v1/unstract/{org_id}/api/deployment/{id}/users/',
    key: 'GET /api/v1/unstract/{org_id}/api/deployment/{id}/users/',
    status: 200,
  },
  {
    operationId: 'getExecutionStatus',
    method: 'get',
    path: '/deployment/api/{org_name}/{api_name}/',
    key: 'GET /deployment/api/{org_name}/{api_name}/',
    status: 200,
    query: [
      {
        name: 'execution_id',
        required: true,
        schema: {
          type: 'string',
          format: 'uuid',
        },
      },
      {
        name: 'include_metadata',
        schema: {
          type: 'boolean',
        },
      },
      {
        name: 'include_metrics',
        schema: {
          type: 'boolean',
        },
      },
      {
        name: 'include_extracted_text',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'executeDeployment',
    method: 'post',
    path: '/deployment/api/{org_name}/{api_name}/',
    key: 'POST /deployment/api/{org_name}/{api_name}/',
    status: 200,
    body: {
      kind: 'multipart',
      schema: 'ExecuteRequest',
      required: true,
    },
  },
];
