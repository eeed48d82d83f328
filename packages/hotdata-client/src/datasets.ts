import { type UploadSource, UsageError, waitFor } from '@org/sdk-core';
import { pollSettings } from '@org/sdk-core/internal';
import type { DatasetsGetResponse, Resources } from './generated/resources';
import type { components } from './generated/schema';
import type { createUploadFlows, UploadFileOptions } from './upload-file';
import type { WaitOptions } from './wait-options';

type S = components['schemas'];

/** What `createDatasetFromFile` needs besides the bytes. */
export interface CreateDatasetFromFileOptions extends UploadFileOptions {
  /** The dataset's label. @default the file name without its extension, for a File */
  label?: string | undefined;
  /** The table's name. @default derived by the server from the label */
  tableName?: string | undefined;
  /** `csv`, `json` or `parquet`. @default from the file name's extension or the content type, else the server detects it */
  format?: S['DatasetFormat'] | undefined;
  /** Explicit column types instead of inferred ones: `{ amount: { type: 'DECIMAL', precision: 10, scale: 2 } }`. */
  columns?: Record<string, S['ColumnDefinition']> | undefined;
  /** How to wait when the server loads the table after answering. */
  wait?: Omit<WaitOptions<DatasetsGetResponse>, 'signal'> | undefined;
}

const TYPE_BY_FORMAT: Record<string, string> = { csv: 'text/csv', json: 'application/json' };

/** The format from the file name's extension (`.ndjson` and `.jsonl` are JSON), else from the content type. */
function formatOf(name = '', contentType = ''): S['DatasetFormat'] | undefined {
  const found =
    /\.(csv|parquet|json|ndjson|jsonl)$/i.exec(name)?.[1] ?? /csv|parquet|json/i.exec(contentType)?.[0];
  return found ? ((/json/i.test(found) ? 'json' : found.toLowerCase()) as S['DatasetFormat']) : undefined;
}

/** Dataset flows: wait until a dataset is loaded, and make one from a file in one call. */
export function createDatasetFlows(resources: Resources, uploads: ReturnType<typeof createUploadFlows>) {
  /**
   * Polls `GET /v1/datasets/{id}` until the table is loaded, which the API shows by listing its columns.
   * Resolves with the dataset.
   * @example const dataset = await hotdata.waitForDataset(created.id, { timeout: 60_000 });
   */
  function waitForDataset(
    datasetId: string,
    options: WaitOptions<DatasetsGetResponse> = {},
  ): Promise<DatasetsGetResponse> {
    return waitFor((signal) => resources.datasets.get(datasetId, { signal, requireBody: true }), {
      description: `dataset ${datasetId} to load`,
      done: (dataset) => dataset.columns.length > 0,
      ...pollSettings(options),
    });
  }

  /**
   * Uploads a file (streamed, see `uploadFile`), makes a dataset of it, waits until it is loaded, and
   * resolves with the dataset and its columns. Query it as `datasets.<schema_name>.<table_name>`.
   * @example
   * const dataset = await hotdata.createDatasetFromFile(new File([csv], 'orders.csv', { type: 'text/csv' }));
   * const { rows } = await hotdata.runQuery(`select count(*) from datasets.main.${dataset.table_name}`);
   */
  async function createDatasetFromFile(
    source: UploadSource,
    options: CreateDatasetFromFileOptions = {},
  ): Promise<DatasetsGetResponse> {
    const { label, tableName, format, columns, wait, ...uploadOptions } = options;
    const name = typeof (source as File).name === 'string' ? (source as File).name : undefined;
    const datasetLabel = label ?? name?.replace(/\.[^.]*$/, '');
    if (!datasetLabel) {
      throw new UsageError(
        '[@org/hotdata-client] createDatasetFromFile needs a `label` for a source without a file name.',
      );
    }
    const blobType = source instanceof Blob ? source.type : undefined;
    const datasetFormat = format ?? formatOf(name, uploadOptions.contentType ?? blobType);
    const upload = await uploads.uploadFile(source, {
      ...uploadOptions,
      contentType:
        uploadOptions.contentType ||
        blobType ||
        (datasetFormat && TYPE_BY_FORMAT[datasetFormat]) ||
        undefined,
    });
    const request = { signal: options.signal };
    const created = await resources.datasets.create(
      {
        label: datasetLabel,
        // Fields left undefined are not sent (JSON drops them), so the server's defaults apply.
        table_name: tableName,
        source: {
          upload_id: upload.id,
          ...(datasetFormat && { format: datasetFormat }),
          ...(columns && { columns }),
        },
      },
      request,
    );
    if (created.status !== 'ready') return waitForDataset(created.id, { ...wait, signal: options.signal });
    return resources.datasets.get(created.id, request);
  }

  return { waitForDataset, createDatasetFromFile };
}
