// @org/sdk-core/msw: vendor-neutral building blocks for the vendors' stateful mocks. Imports msw and zod;
// never imported by the main entry.
export { createCollection, createStore } from './collection';
export type { Collection, CollectionOptions, NewRecord } from './collection';
export { isPageError, pageAfterId, pageByCursor, pageByNumber, pageByOffset, pageUrl } from './paginate-list';
export type { PageParamError } from './paginate-list';
export { CsvError, csvObjects, parseCsv } from './csv';
export type { CsvObjectsOptions } from './csv';
export { createScenarios, formatSseEvent, sseBody, sseHttpResponse } from './scenarios';
export type { Route, Scenarios, SseBodyOptions, SseEventInit } from './scenarios';
export { createTypedHttp, mswPath } from './typed-http';
export { failOnUnhandled } from './unhandled';
export type { FailOnUnhandled } from './unhandled';
export type {
  JsonAnswer,
  MockMethod,
  PathsWithMethod,
  RequestBodyOf,
  SuccessBodyOf,
  TypedHttp,
  TypedResolver,
  TypedResolverInfo,
} from './typed-http';
export { checkJsonBody, createBodyValidator, createRequestBodyChecker } from './validate-body';
export type { BodyCheck, BodyIssue, JsonSchema } from './validate-body';
export { checkQuery } from './validate-query';
export type { MockQueryParam, MockQuerySchema } from './validate-query';
export { createMockApi } from './mock-api';
export type {
  MockAnswer,
  MockApi,
  MockApiConfig,
  MockErrors,
  MockInputLocation,
  MockLookupInfo,
  MockPage,
  MockPagination,
  MockResolver,
  MockResolverInfo,
  MockResolvers,
  MockRoute,
} from './mock-api';
export { defineResource, withoutFields } from './resource';
export type {
  CrudOperations,
  ListResolver,
  PatchResolver,
  RemoveResolver,
  Resource,
  ResourceOptions,
  ResourceScope,
  ViewResolver,
} from './resource';
export { createSchemaViews } from './schema-view';
export { createMockClock, mockUuid, sha256Hex } from './clock';
export type { MockClock } from './clock';
export { drfErrorBody, fastApiValidationError, fireTimes } from './vendor-mock';
export type { DrfErrorItem, VendorMock } from './vendor-mock';
export { projectAnswers, projectToSchema } from './project';
export { createRouteGate } from './route-gate';
export { byQuery } from './query-filter';
export type { QueryFieldRule, QueryFilter, QueryRule } from './query-filter';
export { chunkParagraphs, countWords, sentences, wordPieces, words } from './text-pieces';
export type { TextChunk } from './text-pieces';
export { keywordTerms, rankByKeywords } from './keyword-rank';
export type { KeywordHit, KeywordRankOptions, KeywordTermOptions } from './keyword-rank';
