// @org/inference-client/validate: checks against the NeoSpace spec (pulls in zod; opt in): response
// validation for the client, request/response schemas by operation, and the webhook parser.
export * from '../generated/validate';

export { parseStatusUpdate, readStatusUpdate, WebhookPayloadError } from './status-update';
export type { StatusUpdate, StatusUpdateOptions, WebhookEvent } from './status-update';
