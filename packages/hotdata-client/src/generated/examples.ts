// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's schema `examples`, typed by their schema: the fixed data a mock serves.
import type { components } from './schema';

/** The `examples` of the spec's `ConnectionTypeDetail` schema. */
export const ConnectionTypeDetailExamples: components['schemas']['ConnectionTypeDetail'][] = [
  {
    name: 'postgres',
    label: 'PostgreSQL',
    config_schema: {
      type: 'object',
      required: ['host', 'database', 'user'],
      properties: {
        host: {
          type: 'string',
        },
        port: {
          type: 'integer',
          default: 5432,
        },
        database: {
          type: 'string',
        },
        user: {
          type: 'string',
        },
        sslmode: {
          type: 'string',
          enum: ['disable', 'prefer', 'require'],
        },
      },
    },
    auth: {
      method: 'password',
      secret: 'password',
    },
  },
  {
    name: 'mysql',
    label: 'MySQL',
    config_schema: {
      type: 'object',
      required: ['host', 'database', 'user'],
      properties: {
        host: {
          type: 'string',
        },
        port: {
          type: 'integer',
          default: 3306,
        },
        database: {
          type: 'string',
        },
        user: {
          type: 'string',
        },
      },
    },
    auth: {
      method: 'password',
      secret: 'password',
    },
  },
  {
    name: 'snowflake',
    label: 'Snowflake',
    config_schema: {
      type: 'object',
      required: ['account', 'database', 'user'],
      properties: {
        account: {
          type: 'string',
        },
        warehouse: {
          type: 'string',
        },
        database: {
          type: 'string',
        },
        role: {
          type: 'string',
        },
        user: {
          type: 'string',
        },
      },
    },
    auth: {
      method: 'password',
      secret: 'password',
    },
  },
  {
    name: 'bigquery',
    label: 'BigQuery',
    config_schema: {
      type: 'object',
      required: ['project_id'],
      properties: {
        project_id: {
          type: 'string',
        },
        dataset: {
          type: 'string',
        },
      },
    },
    auth: {
      method: 'service_account_key',
      secret: 'credentials_json',
    },
  },
  {
    name: 'duckdb',
    label: 'DuckDB',
    config_schema: {
      type: 'object',
      required: ['path'],
      properties: {
        path: {
          type: 'string',
        },
      },
    },
    auth: null,
  },
  {
    name: 'iceberg',
    label: 'Apache Iceberg',
    config_schema: {
      type: 'object',
      required: ['catalog_uri'],
      properties: {
        catalog_uri: {
          type: 'string',
        },
        warehouse: {
          type: 'string',
        },
      },
    },
    auth: null,
  },
];
