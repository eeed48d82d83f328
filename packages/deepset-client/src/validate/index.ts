// @org/deepset-client/validate: response checks against the deepset spec (pulls in zod; opt in).
export * from '../generated/validate';
