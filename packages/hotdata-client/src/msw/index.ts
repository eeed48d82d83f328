// @org/hotdata-client/msw: a stateful fake of Hotdata for msw, for your own tests.
// The listen options that fail an unmatched request under msw 2 and msw 3 alike.
export { failOnUnhandled } from '@org/sdk-core/msw';
export { createHotdataMock } from './mock';
export type { HotdataMock } from './mock';
export type {
  HotdataMockOptions,
  MockConnection,
  MockDataset,
  MockRemoteTable,
  MockTable,
} from './context';
export type {
  MockQueryAnswer,
  MockQueryError,
  MockQueryOptions,
  MockQueryResult,
  MockSqlEngine,
} from './sql';
export type { MockColumn, MockTableData } from './tabular';
export { sampleWarehouse } from './sample-warehouse';
/** The connection types the mock offers (the spec's `ConnectionTypeDetail` examples), with the configuration each needs. */
export { ConnectionTypeDetailExamples as mockConnectionTypes } from '../generated/examples';
