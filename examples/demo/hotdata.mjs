// The Hotdata flow a user would write: a secret and a connection, the information schema page by page, a CSV
// made into a dataset, a query run asynchronously and its result read, a saved query executed.
import { createHotdataClient } from '@org/hotdata-client';

const ORDERS = `order_id,customer,country,total
1001,Ada,GB,42.50
1002,Grace,US,19.99
1003,Ada,GB,7.25
1004,Margaret,US,120.00
1005,Linus,FI,64.10`;

/** Runs the flow against `baseUrl` (the mock) or the live API, reporting each step through `say`. */
export async function flow({ baseUrl, apiKey, say }) {
  const live = !baseUrl;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
  let hotdata = createHotdataClient({ apiKey, baseUrl, logLevel: 'warn' });
  let workspaceId = process.env.HOTDATA_WORKSPACE_ID;
  if (!workspaceId) {
    const { workspaces } = await hotdata.workspaces.list();
    workspaceId = workspaces.find((w) => w.provision_status === 'provisioned')?.public_id;
    if (!workspaceId) throw new Error('no provisioned workspace; set HOTDATA_WORKSPACE_ID');
    hotdata = createHotdataClient({ apiKey, baseUrl, workspaceId, logLevel: 'warn' });
  }
  say(`using workspace ${workspaceId}`);

  const secret = await hotdata.secrets.create({
    name: `demo_pg_${stamp}`,
    value: process.env.HOTDATA_DEMO_PG_PASSWORD ?? 'demo',
  });
  // Live, point it at a database you can reach (HOTDATA_DEMO_PG='{"host":...,"database":...,"user":...}').
  const config = process.env.HOTDATA_DEMO_PG
    ? JSON.parse(process.env.HOTDATA_DEMO_PG)
    : { host: 'db.example.internal', database: 'shop', user: 'reader' };
  const connection = await hotdata.connections.create({
    name: `demo_shop_${stamp}`,
    source_type: 'postgres',
    config,
    secret_name: secret.name,
    skip_discovery: live && !process.env.HOTDATA_DEMO_PG,
  });
  say(
    `created secret ${secret.name} and connection ${connection.name}: ${connection.tables_discovered} tables (${connection.discovery_status})`,
  );

  let pages = 0;
  const tables = [];
  for await (const page of hotdata.informationSchema
    .list({ connection_id: connection.id, limit: 5 })
    .pages()) {
    pages++;
    tables.push(...page.tables.map((t) => `${t.schema}.${t.table}`));
  }
  say(
    `information schema: ${tables.length} tables across ${pages} pages (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', ...' : ''})`,
  );

  const dataset = await hotdata.createDatasetFromFile(
    new File([ORDERS], 'demo_orders.csv', { type: 'text/csv' }),
    {
      label: `demo orders ${stamp}`,
    },
  );
  say(
    `uploaded demo_orders.csv as dataset datasets.${dataset.schema_name}.${dataset.table_name}: ${dataset.columns.map((c) => `${c.name} ${c.data_type}`).join(', ')}`,
  );

  // A generated multi-MB CSV, uploaded with a progress bar: onUploadProgress reports bytes as they are sent.
  const rows = Array.from({ length: 120_000 }, (_, i) => `${i},customer_${i % 977},${(i * 7.31) % 500}`);
  const big = new Blob([`id,customer,total\n${rows.join('\n')}\n`], { type: 'text/csv' });
  let reports = 0;
  const upload = await hotdata.uploadFile(big, {
    onUploadProgress: ({ loaded, total }) => {
      reports++;
      if (process.stdout.isTTY) process.stdout.write(`\r  ${bar(loaded, total)}`);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  say(
    `uploaded a generated ${(big.size / 1e6).toFixed(1)} MB CSV as ${upload.id} ${bar(big.size, big.size)} (${reports} progress reports)`,
  );

  const statuses = [];
  const result = await hotdata.runQuery(
    `select * from datasets.${dataset.schema_name}.${dataset.table_name}`,
    {
      rowsAs: 'objects',
      onProgress: (run) => statuses.push(run.status),
    },
  );
  const top = [...result.rows].sort((a, b) => Number(b.total) - Number(a.total))[0];
  say(
    `query run ${result.queryRunId} (${['submitted', ...statuses].join(' -> ')}): ${result.rowCount} rows, largest order ${top?.order_id} by ${top?.customer}`,
  );

  const saved = await hotdata.savedQueries.create({
    name: `demo order count ${stamp}`,
    sql: `select count(*) from datasets.${dataset.schema_name}.${dataset.table_name}`,
  });
  const executed = await hotdata.savedQueries.execute(saved.id);
  say(
    `saved query "${saved.name}" (${saved.category}) executed: ${executed.columns[0]} = ${executed.rows[0]?.[0]}`,
  );

  // Leave a live workspace as it was.
  await hotdata.savedQueries.delete(saved.id);
  await hotdata.datasets.delete(dataset.id);
  await hotdata.connections.delete(connection.id);
  await hotdata.secrets.delete(secret.name);
  say('deleted the saved query, dataset, connection and secret');
}

/** A 30-character progress bar with the percentage and the megabytes sent. */
function bar(loaded, total) {
  const done = Math.round((loaded / total) * 30);
  return `[${'#'.repeat(done)}${'.'.repeat(30 - done)}] ${Math.floor((loaded / total) * 100)}% ${(loaded / 1e6).toFixed(1)} MB`;
}
