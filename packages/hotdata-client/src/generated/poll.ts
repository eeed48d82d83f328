// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The states that end a wait on each polled operation; flows read them with core's pollOutcome.
import type { PollStates } from '@org/sdk-core';

/** When a polled `GET /v1/results/{id}` has ended, by its `status` (the spec's `x-sdk-poll`). */
export const getResultPoll: PollStates = {
  field: 'status',
  success: ['ready'],
  failure: ['failed'],
  partial: [],
};

/** When a polled `GET /v1/query-runs/{id}` has ended, by its `status` (the spec's `x-sdk-poll`). */
export const getQueryRunPoll: PollStates = {
  field: 'status',
  success: ['succeeded'],
  failure: ['failed'],
  partial: [],
};

/** When a polled `GET /v1/jobs/{id}` has ended, by its `status` (the spec's `x-sdk-poll`). */
export const getJobPoll: PollStates = {
  field: 'status',
  success: ['succeeded'],
  failure: ['failed'],
  partial: ['partially_succeeded'],
};
