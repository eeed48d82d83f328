/**
 * Reads an environment variable where the runtime has them (Node, Bun, Deno with --allow-env) and
 * returns undefined elsewhere (browsers, Workers), so a client can default its options from the environment.
 * @example const apiKey = options.apiKey ?? readEnv('HOTDATA_API_KEY');
 */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  try {
    const value = g.process?.env?.[name] ?? g.Deno?.env?.get(name);
    return value?.trim() || undefined;
  } catch {
    // Deno without --allow-env throws; treat it as unset.
    return undefined;
  }
}
