/** Returns the credential to send; called before every attempt, so it may refresh a short-lived token. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

/** Builds the auth headers for a credential. */
export type AuthHeader = (token: string) => Record<string, string>;

/** `Authorization: Bearer <token>`, what most of the vendors expect. */
export const bearerAuth: AuthHeader = (token) => ({ Authorization: `Bearer ${token}` });

/** Reads the credential whether it was given as a string or a (sync or async) provider. */
export async function resolveToken(apiKey: string | TokenProvider | undefined): Promise<string | undefined> {
  return typeof apiKey === 'function' ? await apiKey() : apiKey;
}
