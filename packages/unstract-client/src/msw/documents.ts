import { sha256Hex } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';
import type { MockExecution } from './mock';

type FileResult = components['schemas']['FileResult'];

/** A document of an execution as the mock keeps it: what was sent, measured. */
export interface MockDocument {
  name: string;
  /** Bytes, or null for a presigned URL (the mock does not download it). */
  size: number | null;
  text: string | null;
  hash: string | null;
  source: 'upload' | 'presigned_url';
}

// `presigned_urls` must be HTTPS S3 URLs (ExecutionRequestSerializer).
const S3_HOST = /(^|\.)amazonaws\.com$/;

/** The uploaded files and presigned URLs of an execute form, or the message of the first URL refused. */
export async function readDocuments(form: FormData): Promise<MockDocument[] | string> {
  const documents: MockDocument[] = [];
  for (const part of form.getAll('files')) {
    if (typeof part === 'string') continue;
    const bytes = await part.arrayBuffer();
    documents.push({
      name: part.name,
      size: bytes.byteLength,
      text: new TextDecoder().decode(bytes),
      hash: await sha256Hex(bytes),
      source: 'upload',
    });
  }
  for (const raw of form.getAll('presigned_urls')) {
    let url: URL;
    try {
      url = new URL(String(raw));
    } catch {
      return `'${raw}' is not a URL.`;
    }
    if (url.protocol !== 'https:' || !S3_HOST.test(url.hostname)) {
      return `Only HTTPS S3 pre-signed URLs are accepted, got '${url.host}'.`;
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'document');
    documents.push({ name, size: null, text: null, hash: null, source: 'presigned_url' });
  }
  return documents;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The mock's result for one document: measurements of what was sent (size, lines, words), never an
 * invented extraction. Lines count newline-terminated lines plus a last line without one.
 */
export function fileResult(
  doc: MockDocument,
  context: {
    execution: MockExecution;
    index: number;
    orgId: string;
    include: { metadata: boolean; metrics: boolean; text: boolean };
  },
): FileResult {
  const { execution, include } = context;
  const text = doc.text;
  const fileExecutionId = `${execution.id}-${context.index + 1}`;
  return {
    file: doc.name,
    file_execution_id: fileExecutionId,
    status: 'Success',
    result: {
      output: {
        file_name: doc.name,
        source: doc.source,
        size_bytes: doc.size,
        line_count: text === null ? null : count(text, /\n/g) + (text && !text.endsWith('\n') ? 1 : 0),
        word_count: text === null ? null : count(text, /\S+/g),
      },
      ...(include.metadata ? { metadata: { file_name: doc.name } } : {}),
      ...(include.metrics ? { metrics: { elapsed_seconds: 0 } } : {}),
    },
    metadata: {
      source_name: doc.name,
      ...(doc.hash ? { source_hash: doc.hash } : {}),
      file_execution_id: fileExecutionId,
      execution_id: execution.id,
      organization_id: context.orgId,
      total_elapsed_time: 0,
      tags: execution.tags,
    },
    error: null,
    ...(include.text && text !== null ? { extracted_text: text } : {}),
  };
}
