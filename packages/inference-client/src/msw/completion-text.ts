/**
 * What the mock answers where the real API runs a model. Nothing here pretends to be a model: replies are
 * built from the request by fixed rules, so tests can assert them exactly.
 */
import { countWords } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';

type S = components['schemas'];

/** The tokens of every message's content, counted as the mock counts tokens: whitespace-separated words. */
export function countMessageTokens(messages: readonly S['ChatMessage'][]): number {
  return messages.reduce((sum, m) => sum + countWords(m.content), 0);
}

/** The default chat reply: the last user message, quoted back. */
export function echoReply(messages: readonly S['ChatMessage'][]): string {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return last ? `You said: ${last.content}` : 'There is no user message to answer.';
}

const PRIORITY = ['very_low', 'low', 'medium', 'high', 'very_high'];

function label(spec: Record<string, unknown> | undefined, fallback: string): string {
  const name = spec?.name ?? spec?.title ?? spec?.id;
  return typeof name === 'string' && name ? name : fallback;
}

/** The argument the mock writes for an argument completion: from the action, client and product given. */
export function argumentFor(
  input: S['ArgumentCompletionRequest'],
  action: S['Action'] | undefined,
): { argument: string; argument_thinking: string } {
  const product = label(input.product, 'the product');
  const client = label(input.client, 'the client');
  const why = action ? ` for "${action.name}": ${action.description}` : '';
  return {
    argument: `Offer ${product} to ${client}${why}.`,
    argument_thinking: `Written by the mock from the request's product, client${action ? ' and action' : ''}; no model was run.`,
  };
}

/** The action an insight leads with: active before others, then the highest priority, then the earliest created. */
export function bestAction(actions: readonly S['Action'][]): S['Action'] | undefined {
  return [...actions].sort(
    (a, b) =>
      Number(b.status === 'active') - Number(a.status === 'active') ||
      PRIORITY.indexOf(String(b.priority)) - PRIORITY.indexOf(String(a.priority)),
  )[0];
}

/** Where `now` falls in an action's schedule: `now`, `upcoming`, `expired`, or '' without dates. */
export function timeliness(action: S['Action'], now: Date): string {
  const start = action.start_date ? Date.parse(action.start_date) : Number.NaN;
  const end = action.end_date ? Date.parse(action.end_date) : Number.NaN;
  if (!Number.isNaN(start) && now.getTime() < start) return 'upcoming';
  if (!Number.isNaN(end) && now.getTime() > end) return 'expired';
  return Number.isNaN(start) && Number.isNaN(end) ? '' : 'now';
}

/**
 * A persona completion: `key: value` lines of the prompt set those fields on the current persona
 * (`birthdate: 1990-04-01`); other lines are appended to its notes.
 */
export function completePersona(input: S['PersonaCompletionRequest']): Record<string, unknown> {
  const persona: Record<string, unknown> = { ...(input.current_persona ?? {}) };
  const notes: string[] = [];
  for (const line of (input.prompt ?? '').split('\n')) {
    const match = /^\s*([A-Za-z_][\w]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (match) persona[match[1] as string] = match[2];
    else if (line.trim()) notes.push(line.trim());
  }
  if (notes.length) persona.notes = [persona.notes, ...notes].filter(Boolean).join('\n');
  return persona;
}
