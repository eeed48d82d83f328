// @org/unstract-client/validate: response checks against the Unstract spec (pulls in zod; opt in).
export * from '../generated/validate';
