import type { MockAnswer, MockResolverInfo } from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { components } from '../generated/schema';
import { ConnectionTypeDetailExamples as connectionTypes } from '../generated/examples';
import {
  badRequest,
  conflict,
  type MockConnection,
  type MockContext,
  type MockRemoteTable,
  type MockTable,
  notFound,
  lookup,
  type Resolvers,
  view,
} from './context';
import type { createJobQueue } from './job-queue';
import { profileColumns } from './tabular';

type S = components['schemas'];

/** SQL LIKE (`%`, `_`) as a RegExp. */
function like(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${escaped}$`);
}

function tableOf(remote: MockRemoteTable): MockTable {
  return {
    schema: remote.schema,
    table: remote.table,
    columns: remote.columns.map((c) => ({ ...c })),
    rows: (remote.rows ?? []).map((r) => [...r]),
    synced: false,
    last_sync: null,
  };
}

const publicIndex = view('IndexInfoResponse');

/**
 * Connections with their discovered tables (sync state, profiles, indexes), connection types, the
 * information schema, and refresh. Discovery reads the `discover` option; a data sync copies a table's rows
 * into the cache, which is what profiles and `SELECT * FROM <connection>.<schema>.<table>` read.
 */
export function connectionResolvers(
  ctx: MockContext,
  jobs: ReturnType<typeof createJobQueue>,
  refreshDataset: (datasetId: string) => Promise<S['RefreshDatasetResponse'] | Response>,
) {
  const { store, now, stamp } = ctx;

  function findTable(connection: MockConnection, schema: string, table: string): MockTable | undefined {
    return connection.tables.find((t) => t.schema === schema && t.table === table);
  }

  /** Copies a table's rows into the cache, as a data refresh (or a first query) does. */
  function sync(table: MockTable, connection_id = ''): S['TableRefreshResult'] {
    table.synced = true;
    table.last_sync = now();
    const { schema: schema_name, table: table_name } = table;
    return {
      connection_id,
      schema_name,
      table_name,
      rows_synced: table.rows.length,
      duration_ms: 0,
      warnings: [],
    };
  }

  function rediscover(connection: MockConnection) {
    const found = ctx.discover({
      name: connection.name,
      source_type: connection.source_type,
      config: connection.config,
    });
    let added = 0;
    let modified = 0;
    for (const remote of found) {
      const existing = findTable(connection, remote.schema, remote.table);
      if (!existing) {
        connection.tables.push(tableOf(remote));
        added++;
      } else if (JSON.stringify(existing.columns) !== JSON.stringify(remote.columns)) {
        Object.assign(existing, tableOf(remote));
        modified++;
      }
    }
    return { discovered: found.length, added, modified };
  }

  const noTable = (schema: string | undefined, table: string | undefined, connection: MockConnection) =>
    notFound(`Table ${schema}.${table} not found in connection ${connection.name}`);
  const connections = lookup(store.connections, 'connection_id', (id) => `Connection ${id}`);
  /** A resolver of a `.../tables/{schema}/{table}/...` route, run with its connection and table, else the 404. */
  const withTable = <Op>(
    resolver: (table: MockTable, connection: MockConnection, info: MockResolverInfo<Op>) => MockAnswer<Op>,
  ) =>
    connections.with<Op>((connection, info) => {
      const { schema, table: name } = info.params as Readonly<Record<string, string>>;
      const table = findTable(connection, String(schema), String(name));
      if (!table) return noTable(schema, name, connection);
      return resolver(table, connection, info);
    });

  const resolvers: Resolvers = {
    // connections
    listConnections: () => ({
      connections: store.connections.all().map(view('ConnectionInfo')),
    }),
    createConnection: ({ body: input }) => {
      const type = connectionTypes.find((t) => t.name === input.source_type);
      if (!type) return badRequest(`Unknown connection type '${input.source_type}'`);
      const required = ((type.config_schema as { required?: string[] } | null)?.required ?? []).filter(
        (field) => input.config[field] === undefined,
      );
      if (required.length)
        return badRequest(`Missing config field(s) for ${type.name}: ${required.join(', ')}`);
      if (input.secret_id && input.secret_name) {
        return badRequest('secret_id and secret_name are mutually exclusive');
      }
      const secret = input.secret_id
        ? store.secrets.find((s) => s.id === input.secret_id)
        : input.secret_name
          ? store.secrets.get(input.secret_name)
          : undefined;
      if ((input.secret_id || input.secret_name) && !secret) {
        return badRequest(`Secret '${input.secret_id ?? input.secret_name}' not found`);
      }
      if (store.connections.find((c) => c.name === input.name)) {
        return conflict(`Connection '${input.name}' already exists`);
      }
      const connection = store.connections.insert({
        name: input.name,
        source_type: input.source_type,
        config: input.config,
        secret_id: secret?.id ?? null,
        tables: [],
      });
      const discovered = input.skip_discovery ? undefined : rediscover(connection);
      return {
        id: connection.id,
        name: connection.name,
        source_type: connection.source_type,
        tables_discovered: discovered?.discovered ?? 0,
        discovery_status: discovered ? 'success' : 'skipped',
        discovery_error: null,
      };
    },
    getConnection: connections.with((c) => ({
      id: c.id,
      name: c.name,
      source_type: c.source_type,
      table_count: c.tables.length,
      synced_table_count: c.tables.filter((t) => t.synced).length,
    })),
    deleteConnection: connections.remove({
      cascade: (c) => {
        for (const index of store.indexes.filter((i) => i.connection_id === c.id))
          store.indexes.delete(index.id);
      },
    }),
    purgeConnectionCache: connections.with((c) => {
      for (const table of c.tables) Object.assign(table, { synced: false, last_sync: null });
      return undefined;
    }),
    checkConnectionHealth: connections.with((c) => ({
      connection_id: c.id,
      healthy: true,
      latency_ms: 0,
      error: null,
    })),
    purgeTableCache: withTable((table) => {
      Object.assign(table, { synced: false, last_sync: null });
      return undefined;
    }),
    getTableProfile: withTable((table, connection) => {
      if (!table.synced) {
        return notFound(`No profile for ${table.schema}.${table.table}: the table has not been synced`);
      }
      return {
        connection: connection.name,
        schema: table.schema,
        table: table.table,
        row_count: table.rows.length,
        synced_at: table.last_sync,
        columns: profileColumns(table),
      };
    }),

    // connection types
    listConnectionTypes: () => ({
      connection_types: connectionTypes.map(({ name, label }) => ({ name, label })),
    }),
    getConnectionType: ({ params }) => {
      return (
        connectionTypes.find((t) => t.name === params.name) ??
        notFound(`Unknown connection type '${params.name}'`)
      );
    },

    // information schema
    listInformationSchema: ({ query, page }) => {
      const connectionId = query.get('connection_id');
      if (connectionId && !store.connections.has(connectionId)) {
        return notFound(`Connection ${connectionId} not found`);
      }
      const schema = query.get('schema');
      const tableName = query.get('table');
      const withColumns = query.get('include_columns') === 'true';
      const tables = store.connections
        .filter((c) => !connectionId || c.id === connectionId)
        .flatMap((c) =>
          c.tables
            .filter(
              (t) =>
                (!schema || like(schema).test(t.schema)) && (!tableName || like(tableName).test(t.table)),
            )
            .map((t) => ({
              connection: c.name,
              schema: t.schema,
              table: t.table,
              synced: t.synced,
              last_sync: t.last_sync,
              columns: withColumns ? t.columns : null,
            })),
        );
      return page(tables);
    },

    // refresh
    refresh: ({ body: input }) => {
      if (input.dataset_id) return refreshDataset(input.dataset_id);
      if (input.data) {
        if (!input.connection_id) return badRequest('A data refresh needs connection_id');
        const connection = connections.find({ connection_id: input.connection_id });
        if (connection instanceof Response) return connection;
        if (Boolean(input.schema_name) !== Boolean(input.table_name)) {
          return badRequest('A table refresh needs both schema_name and table_name');
        }
        if (input.schema_name && input.table_name) {
          const table = findTable(connection, input.schema_name, input.table_name);
          if (!table) return noTable(input.schema_name, input.table_name, connection);
          const run = () => sync(table, connection.id);
          return input.async ? jobs.submit('data_refresh_table', run) : run();
        }
        const run = (): S['ConnectionRefreshResult'] => {
          const tables = connection.tables.filter((t) => t.synced || input.include_uncached);
          const total = tables.reduce((sum, t) => sum + sync(t).rows_synced, 0);
          return {
            connection_id: connection.id,
            tables_refreshed: tables.length,
            tables_failed: 0,
            total_rows: total,
            duration_ms: 0,
            errors: [],
            warnings: [],
          };
        };
        return input.async ? jobs.submit('data_refresh_connection', run) : run();
      }
      if (input.async) return badRequest('async is only supported for data refresh');
      const targets = input.connection_id
        ? [store.connections.get(input.connection_id)]
        : store.connections.all();
      if (targets[0] === undefined && input.connection_id)
        return notFound(`Connection ${input.connection_id} not found`);
      const totals = {
        connections_refreshed: 0,
        connections_failed: 0,
        tables_discovered: 0,
        tables_added: 0,
        tables_modified: 0,
      };
      for (const connection of targets as MockConnection[]) {
        const found = rediscover(connection);
        totals.connections_refreshed++;
        totals.tables_discovered += found.discovered;
        totals.tables_added += found.added;
        totals.tables_modified += found.modified;
      }
      return { ...totals, errors: [] };
    },

    // indexes
    listIndexes: withTable((_table, _connection, { params }) => ({
      indexes: store.indexes
        .filter(
          (i) =>
            i.connection_id === params.connection_id &&
            i.schema === params.schema &&
            i.table === params.table,
        )
        .map(publicIndex),
    })),
    createIndex: withTable((table, _connection, { params, body: input }) => {
      const missing = input.columns.filter((name) => !table.columns.some((c) => c.name === name));
      if (missing.length)
        return badRequest(`Column(s) ${missing.join(', ')} not found in ${table.schema}.${table.table}`);
      const id = `${params.connection_id}/${params.schema}/${params.table}/${input.index_name}`;
      if (store.indexes.has(id))
        return badRequest(`Index ${input.index_name} already exists on ${table.schema}.${table.table}`);
      const type = input.index_type ?? 'sorted';
      if (input.embedding_provider_id && !store.embeddingProviders.has(input.embedding_provider_id)) {
        return badRequest(`Embedding provider ${input.embedding_provider_id} not found`);
      }
      const index = store.indexes.insert({
        id,
        connection_id: params.connection_id,
        schema: params.schema,
        table: params.table,
        index_name: input.index_name,
        index_type: type,
        columns: input.columns,
        metric: type === 'vector' ? (input.metric ?? (input.embedding_provider_id ? 'cosine' : 'l2')) : null,
        status: input.async ? 'pending' : 'ready',
        ...stamp(),
      });
      if (!input.async) return publicIndex(index);
      const submitted = jobs.submit('create_index', () => {
        const built = store.indexes.update(id, { status: 'ready', updated_at: now() });
        if (!built) throw new Error(`Index ${input.index_name} was deleted while it was being built`);
        return publicIndex(built);
      });
      return HttpResponse.json(submitted, { status: 202 });
    }),
    deleteIndex: ({ params }) => {
      const id = `${params.connection_id}/${params.schema}/${params.table}/${params.index_name}`;
      if (!store.indexes.delete(id)) return notFound(`Index ${params.index_name} not found`);
    },
  };

  /** A connection table by `<connection name>.<schema>.<table>`; querying an uncached table syncs it first. */
  function resolve(reference: string): MockTable | undefined {
    const [name, schema, table] = reference.split('.');
    if (!name || !schema || !table) return undefined;
    const connection = store.connections.find((c) => c.name === name);
    const found = connection && findTable(connection, schema, table);
    if (found && !found.synced) sync(found);
    return found;
  }

  return { resolvers, resolve, tableOf };
}
