/**
 * NeoSpace's error answers: `{error: {type, message, code, param?, status, request_id}}`, each with the next
 * `req_mock_N` request id (the id a user quotes to support; NeoSpace sends no request-id header).
 */
import type { BodyIssue, MockErrors } from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { components } from '../generated/schema';

type ErrorType = components['schemas']['ErrorType'];

/** The error bodies of one mock, numbering their request ids from 1 until `reset()`. */
export function createNeoSpaceErrors() {
  let requestIds = 0;
  function envelope(
    status: number,
    type: ErrorType,
    code: string,
    message: string,
    param?: string,
    extra?: Record<string, unknown>,
  ) {
    const id = `req_mock_${++requestIds}`;
    return { error: { type, message, code, ...(param ? { param } : {}), status, request_id: id, ...extra } };
  }
  /** The envelope of a fault scenario's `status`: NeoSpace's type and code for a 429, a 5xx, any other. */
  const fault = (status: number, message: string, extra?: Record<string, unknown>) => {
    const [type, code]: [ErrorType, string] =
      status === 429
        ? ['rate_limit_error', 'rate_limit_exceeded']
        : status >= 500
          ? ['api_error', 'internal_error']
          : ['invalid_request_error', 'invalid_request'];
    return envelope(status, type, code, message, undefined, extra);
  };
  const error = (status: number, type: ErrorType, code: string, message: string, param?: string) =>
    HttpResponse.json(envelope(status, type, code, message, param), { status });
  const badParam = (param: string, message: string) =>
    error(400, 'invalid_request_error', 'invalid_param_value', message, param);
  const missingParam = (param: string) =>
    error(400, 'invalid_request_error', 'missing_param', `Required parameter '${param}' missing`, param);
  const missing = (what: string, id: string) =>
    error(404, 'invalid_request_error', 'resource_not_found', `${what} ${id} not found`, 'id');

  /** The 400 for a body that broke the spec: the first issue, in NeoSpace's two codes. */
  function invalid(issues: readonly BodyIssue[]) {
    const issue = issues[0] as BodyIssue;
    const param = issue.path.join('.');
    if (issue.missing && issue.path.length > 0) return missingParam(param);
    const where = param ? `The value of '${param}' is invalid` : 'The request body is invalid';
    const message = `${where}: ${issue.message}`;
    return error(400, 'invalid_request_error', 'invalid_param_value', message, param || undefined);
  }

  /** The engine's error answers (`createMockApi({ errors })`). */
  const notFound = (message = 'Not found') =>
    error(404, 'invalid_request_error', 'resource_not_found', message);
  const engine: MockErrors = {
    invalid,
    notFound,
    methodNotAllowed: (method, route) =>
      error(405, 'invalid_request_error', 'method_not_allowed', `${method} is not allowed on ${route.path}`),
    pageError: (e) => badParam(e.param, e.message),
  };
  return {
    fault,
    error,
    badParam,
    missingParam,
    notFound,
    missing,
    engine,
    reset() {
      requestIds = 0;
    },
  };
}
