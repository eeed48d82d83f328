// @org/hotdata-client/msw: a stateful fake of Hotdata for msw, for your own tests.
export { createHotdataMock } from './mock';
export type { HotdataMock } from './mock';
export type {
  HotdataMockOptions,
  MockConnection,
  MockDataset,
  MockRemoteTable,
  MockTable,
} from './context';
export type { MockQueryAnswer, MockQueryError, MockQueryOptions, MockQueryResult } from './sql';
export { sampleWarehouse } from './sample-warehouse';
export { mockConnectionTypes } from './connection-types';
