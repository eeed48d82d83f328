// Checks generated methods make before a call is sent, from rules of the spec that types cannot hold: a
// call the server would refuse for a missing field fails here, naming the field, without a round trip.
import { UsageError } from './errors';

/** Field names with the least number of items each must have (0: present is enough). */
export type RequiredFields = Readonly<Record<string, number>>;

/**
 * The UsageError for a call whose fields complete none of the sets the spec's `anyOf` of `required`
 * names, or undefined when one set is complete. A field is given when it is neither undefined nor null
 * and, if it is a list, has at least its number of items. Generated methods pass the error to the call as
 * `refuse`, so that it rejects before anything is sent.
 * @example
 * missingAnyOf('executions.execute()', { timeout: 10 }, [{ files: 1 }, { presigned_urls: 1 }]);
 * // UsageError: executions.execute() needs at least one of: a non-empty `files`, a non-empty `presigned_urls`.
 */
export function missingAnyOf(
  call: string,
  fields: Record<string, unknown>,
  anyOf: readonly RequiredFields[],
): UsageError | undefined {
  const given = ([name, min]: [string, number]) => {
    const value = fields[name];
    return value != null && !(Array.isArray(value) && value.length < min);
  };
  if (anyOf.some((set) => Object.entries(set).every(given))) return undefined;
  const sets = anyOf.map((set) =>
    Object.entries(set)
      .map(([name, min]) =>
        min > 1 ? `\`${name}\` (${min}+ items)` : `${min ? 'a non-empty ' : ''}\`${name}\``,
      )
      .join(' and '),
  );
  return new UsageError(`[@org/sdk-core] ${call} needs at least one of: ${sets.join(', ')}.`);
}
