import { SdkError, type ValidationIssue } from '@org/sdk-core';
import { zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import type { components as Components } from '../generated/schema';
import { components } from '../generated/schemas';

/** The status update NeoSpace posts to your webhook endpoint (the body of the spec's `POST /v1/webhooks`). */
export type StatusUpdate = Components['schemas']['StatusUpdate'];
/** The events the spec names for a status update. */
export type WebhookEvent = Components['schemas']['WebhookEvent'];

/** How strict `parseStatusUpdate` is. */
export interface StatusUpdateOptions {
  /** Events accepted besides the spec's (`created`, `updated`, `deleted`), e.g. `['archived']`. */
  extraEvents?: readonly string[];
}

/** A webhook body that is not a NeoSpace status update: not JSON, the wrong shape, or an unknown event. */
export class WebhookPayloadError extends SdkError {
  static override readonly errorName: string = 'WebhookPayloadError';
  /** Where the body broke the schema (`$.id`), when it was JSON of the wrong shape. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, options: { issues?: ValidationIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.issues = options.issues ?? [];
  }
}

const KNOWN_EVENTS: readonly string[] = (components.schemas.WebhookEvent as { enum: string[] }).enum;
let schema: z.ZodType | undefined;

function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/**
 * Parses and checks a status-update webhook body (the raw text, bytes, or already-parsed JSON) and returns
 * it typed. Throws a WebhookPayloadError that says what is wrong: not JSON, a field of the wrong type or
 * missing (`$.id`), or an event other than created, updated or deleted.
 * @example
 * app.post('/neospace/webhook', async (req, res) => {
 *   const update = parseStatusUpdate(req.rawBody); // WebhookPayloadError -> answer 400
 *   if (update.event === 'deleted') await forget(update.id);
 *   res.json({ id: update.id });
 * });
 */
export function parseStatusUpdate(body: unknown, options: StatusUpdateOptions = {}): StatusUpdate {
  let value = body;
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new WebhookPayloadError(
        `The webhook body is not valid JSON (${(cause as Error).message}): ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`,
        { cause },
      );
    }
  }
  schema ??= zodSchemaFor(
    {
      operations: {
        webhook: {
          operationId: 'receiveStatusUpdate',
          request: { $ref: '#/components/schemas/StatusUpdate' },
        },
      },
      components,
    },
    'webhook',
    'request',
  ) as z.ZodType;
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
    throw new WebhookPayloadError(
      `The webhook body is not a NeoSpace status update: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues },
    );
  }
  const update = value as StatusUpdate;
  // The response validator keeps enums open; a webhook is dispatched on its event, so an unknown one is an error.
  if (
    update.event !== undefined &&
    ![...KNOWN_EVENTS, ...(options.extraEvents ?? [])].includes(update.event)
  ) {
    throw new WebhookPayloadError(
      `Unknown webhook event "${update.event}": expected one of ${KNOWN_EVENTS.join(', ')} (pass { extraEvents } to accept more).`,
      { issues: [{ path: '$.event', message: `unknown event "${update.event}"` }] },
    );
  }
  return update;
}

/**
 * Reads a webhook Request (Fetch API: Workers, Next.js, Hono, Deno) and parses it with `parseStatusUpdate`.
 * @example
 * export default { fetch: async (request) => Response.json({ id: (await readStatusUpdate(request)).id }) };
 */
export async function readStatusUpdate(
  request: Request,
  options?: StatusUpdateOptions,
): Promise<StatusUpdate> {
  return parseStatusUpdate(await request.text(), options);
}
