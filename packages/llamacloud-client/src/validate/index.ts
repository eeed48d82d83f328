// @org/llamacloud-client/validate: response checks against the LlamaCloud spec (pulls in zod; opt in).
export * from '../generated/validate';
