import { byQuery } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';
import {
  badRequest,
  conflict,
  type MockContext,
  type MockDataset,
  lookup,
  notFound,
  type Resolvers,
  view,
} from './context';
import { uploadFileLimits } from '../generated/limits';
import { resultAsTable } from './sql';
import { type MockTableData, readCsvTable, parseJsonRows } from './tabular';

type S = components['schemas'];

// The spec's most for a streamed upload; without streaming the server holds at most 2 GiB (its x-sdk-notes).
const MAX_UPLOAD = 2 * 1024 ** 3;
const MAX_STREAMED_UPLOAD = uploadFileLimits.body.maxBytes;

const publicUpload = view('UploadInfo');
const summary = view('DatasetSummary');

/** `My Orders 2026` → `my_orders_2026`: a table name from a label. */
export function tableNameOf(label: string): string {
  const name =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'dataset';
  return /^\d/.test(name) ? `t_${name}` : name;
}

function sniffFormat(bytes: Uint8Array, contentType: string | null): S['DatasetFormat'] {
  if (contentType && /parquet/i.test(contentType)) return 'parquet';
  if (contentType && /json/i.test(contentType)) return 'json';
  if (contentType && /csv/i.test(contentType)) return 'csv';
  const head = new TextDecoder().decode(bytes.subarray(0, 8));
  if (head.startsWith('PAR1')) return 'parquet';
  return /^\s*[[{]/.test(head) ? 'json' : 'csv';
}

/** A source read into a table, and its kind (`upload`, `inline`, `url`, `sql`, `saved_query`). */
type Loaded = { table: MockTableData; type: string };

type ColumnTypes = Record<string, S['ColumnDefinition']> | null | undefined;

/** Parses a file's text by format; explicit column types replace inferred ones. */
function parse(text: string, format: S['DatasetFormat'], columns: ColumnTypes): MockTableData {
  if (format === 'parquet') {
    if (!columns)
      throw new Error('The Hotdata mock cannot read Parquet; pass the source `columns` to describe it');
    return {
      columns: Object.entries(columns).map(([name, type]) => ({
        name,
        data_type: typeof type === 'string' ? type : type.type,
        nullable: true,
      })),
      rows: [],
    };
  }
  const table = format === 'json' ? parseJsonRows(text) : readCsvTable(text);
  for (const column of table.columns) {
    const given = columns?.[column.name];
    if (given) column.data_type = typeof given === 'string' ? given : given.type;
  }
  return table;
}

/**
 * Uploads (raw bytes, counted as they stream in and kept up to `keepUploadBytes`) and datasets made from
 * uploads, inline data, registered URLs, saved queries or SQL, with versions and refresh.
 */
export function datasetResolvers(ctx: MockContext, urls: Map<string, string>) {
  const { store, now, stamp } = ctx;
  const datasets = lookup(store.datasets, 'id', (id) => `Dataset ${id}`);

  /** Reads a dataset source into a table, or the 400/404 the API answers for it. */
  async function load(source: S['DatasetSource']): Promise<Loaded | Response> {
    try {
      if ('upload_id' in source) {
        const upload = store.uploads.get(source.upload_id);
        if (!upload) return notFound(`Upload ${source.upload_id} not found`);
        if (!upload.bytes) {
          return badRequest(
            `The Hotdata mock kept no bytes of upload ${upload.id} (larger than keepUploadBytes)`,
          );
        }
        const format = source.format ?? sniffFormat(upload.bytes, upload.content_type ?? null);
        store.uploads.update(upload.id, { status: 'consumed' });
        return {
          table: parse(new TextDecoder().decode(upload.bytes), format, source.columns),
          type: 'upload',
        };
      }
      if ('inline' in source) {
        return {
          table: parse(source.inline.content, source.inline.format, source.inline.columns),
          type: 'inline',
        };
      }
      if ('url' in source) {
        const text = urls.get(source.url);
        if (text === undefined) {
          return badRequest(
            `Failed to fetch ${source.url}: the mock serves only URLs given to mock.urls.register()`,
          );
        }
        const format = source.format ?? (/\.json$/i.test(source.url) ? 'json' : 'csv');
        return { table: parse(text, format, source.columns), type: 'url' };
      }
      const sql =
        'sql' in source
          ? source.sql
          : (() => {
              const saved = store.savedQueries.get(source.saved_query_id);
              if (!saved) return undefined;
              const version = source.version ?? saved.versions.length;
              return saved.versions.find((v) => v.version === version)?.sql;
            })();
      if (sql === undefined)
        return notFound(`Saved query ${(source as { saved_query_id: string }).saved_query_id} not found`);
      const outcome = await ctx.engine.run(sql);
      if (!outcome.ok) return badRequest(outcome.message);
      return { table: resultAsTable(outcome.result), type: 'sql' in source ? 'sql' : 'saved_query' };
    } catch (error) {
      return badRequest(`Could not read the source: ${(error as Error).message}`);
    }
  }

  function addVersion(dataset: MockDataset, sourceType: string): S['DatasetVersionSummary'] {
    const version = {
      id: ctx.nextId('dsv_'),
      version: dataset.versions.length + 1,
      source_type: sourceType,
      created_at: now(),
    };
    dataset.versions.push(version);
    dataset.latest_version = version.version;
    return version;
  }

  /** `POST /v1/refresh` with a `dataset_id`: reloads the source as a new version. */
  async function refreshDataset(datasetId: string): Promise<S['RefreshDatasetResponse'] | Response> {
    const dataset = datasets.find({ id: datasetId });
    if (dataset instanceof Response) return dataset;
    const loaded = await load(dataset.source);
    if (loaded instanceof Response) return loaded;
    dataset.data = loaded.table;
    dataset.updated_at = now();
    const version = addVersion(dataset, loaded.type);
    return { id: version.id, status: 'ready', version: version.version, created_at: version.created_at };
  }

  /** A new dataset at version 1 of `loaded`, queryable as `datasets.main.<tableName>`. */
  function insert(label: string, tableName: string, source: S['DatasetSource'], loaded: Loaded, polls = 0) {
    const dataset = store.datasets.insert({
      label,
      schema_name: 'main',
      table_name: tableName,
      source_type: loaded.type,
      source,
      ...stamp(),
      latest_version: 0,
      pinned_version: null,
      versions: [],
      data: loaded.table,
      loadPollsLeft: polls,
    });
    addVersion(dataset, loaded.type);
    return dataset;
  }

  const resolvers: Resolvers = {
    // uploads
    listUploads: ({ query }) => {
      const inQuery = byQuery({ status: 'status' });
      return { uploads: store.uploads.filter((u) => inQuery(u, query)).map(publicUpload) };
    },
    uploadFile: async ({ request, query }) => {
      // Count the bytes as they arrive; keep them only while small, so a huge stream is never held.
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (request.body) {
        const reader = request.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size <= ctx.keepUploadBytes) chunks.push(value);
          else chunks.length = 0;
        }
      }
      if (size === 0) return badRequest('Upload cannot be empty');
      const limit = query.get('streaming') === 'true' ? MAX_STREAMED_UPLOAD : MAX_UPLOAD;
      if (size > limit) return badRequest(`Upload exceeds maximum size of ${limit} bytes`);
      const bytes =
        size <= ctx.keepUploadBytes
          ? new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer())
          : null;
      const upload = store.uploads.insert({
        status: 'pending',
        size_bytes: size,
        content_type: request.headers.get('content-type'),
        created_at: now(),
        bytes,
      });
      return publicUpload(upload);
    },

    // datasets
    listDatasets: ({ page }) => page(store.datasets.all().map(summary)),
    createDataset: async ({ body: input }) => {
      const tableName = input.table_name ?? tableNameOf(input.label);
      if (store.datasets.find((d) => d.table_name === tableName)) {
        return conflict(`A dataset with table_name '${tableName}' already exists`);
      }
      const loaded = await load(input.source);
      if (loaded instanceof Response) return loaded;
      const dataset = insert(input.label, tableName, input.source, loaded, ctx.datasetLoadPolls);
      return view('CreateDatasetResponse')({
        ...dataset,
        status: ctx.datasetLoadPolls > 0 ? 'processing' : 'ready',
      });
    },
    getDataset: datasets.with((d) => {
      const loading = d.loadPollsLeft > 0;
      if (loading) d.loadPollsLeft--;
      return {
        ...summary(d),
        source_type: d.source_type,
        columns: loading ? [] : d.data.columns,
      };
    }),
    updateDataset: datasets.with((d, { body: input }) => {
      if (
        input.table_name &&
        store.datasets.find((o) => o.id !== d.id && o.table_name === input.table_name)
      ) {
        return conflict(`A dataset with table_name '${input.table_name}' already exists`);
      }
      if (
        'pinned_version' in input &&
        input.pinned_version != null &&
        input.pinned_version > d.latest_version
      ) {
        return badRequest(
          `Dataset ${d.id} has no version ${input.pinned_version} (latest is ${d.latest_version})`,
        );
      }
      const updated = store.datasets.update(d.id, {
        ...(input.label ? { label: input.label } : {}),
        ...(input.table_name ? { table_name: input.table_name } : {}),
        // Left out keeps pinning as it is; null unpins.
        ...('pinned_version' in input ? { pinned_version: input.pinned_version ?? null } : {}),
        updated_at: now(),
      }) as MockDataset;
      return view('UpdateDatasetResponse')(updated);
    }),
    deleteDataset: datasets.remove(),
    listDatasetVersions: datasets.with((d, info) =>
      info.page([...d.versions].reverse(), () => ({ dataset_id: d.id })),
    ),
  };

  /** A dataset's rows by `datasets.<schema>.<table>` or `datasets.<table>`. */
  function resolve(reference: string): MockTableData | undefined {
    const parts = reference.split('.');
    if (parts[0] !== 'datasets' || parts.length < 2 || parts.length > 3) return undefined;
    const [schema, table] = parts.length === 3 ? [parts[1], parts[2]] : ['main', parts[1]];
    return store.datasets.find((d) => d.schema_name === schema && d.table_name === table)?.data;
  }

  return { resolvers, refreshDataset, resolve, insert };
}
