// @org/hotdata-client/validate: response checks against the Hotdata spec (pulls in zod; opt in).
export * from '../generated/validate';
