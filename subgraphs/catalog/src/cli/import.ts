// node subgraphs/catalog/src/cli/import.ts --tenant <uuid> --file products.jsonl [--format jsonl|csv] [--no-plugins]
// Imports a product file into one tenant's catalog, streaming it from disk, with a progress bar on
// stderr and the row errors as JSON lines on stdout. Connects to DATABASE_URL as the application role
// (RLS applies). The tenant is its uuid: resolving a slug would mean asking identity. The tenant's
// `import.row.transform` plugins run on each row as in `productImport`, through the plugins subgraph
// the catalog service uses (PLUGINS_SUBGRAPH_URL and INTERNAL_TOKEN_SECRET, as the service has them);
// without them, or with --no-plugins, the rows go in as the file has them (said on stderr).
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createLogger } from '@ucos/kit';
import { noPluginHooks, type PluginHookRunner, pluginHooksOf } from '@ucos/kit/plugin-hooks';
import { importProducts } from '../data/import/importer.ts';
import { pluginRowTransform } from '../data/import/plugin-rows.ts';
import type { ImportFormat } from '../data/import/records.ts';
import { connectCatalogPool, tenantDatabase } from '../db.ts';
import { progressBar } from './progress.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    file: { type: 'string' },
    format: { type: 'string' },
    'no-plugins': { type: 'boolean' },
  },
});
const usage = 'usage: import.ts --tenant <tenant uuid> --file <products.jsonl|csv> [--format jsonl|csv] [--no-plugins]';
if (!values.tenant || !UUID.test(values.tenant) || !values.file) {
  console.error(usage);
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set (the catalog role, e.g. postgres://ucos_catalog:…@host/ucos)');
  process.exit(2);
}
const format = (values.format ?? (values.file.endsWith('.csv') ? 'csv' : 'jsonl')).toUpperCase();
if (format !== 'CSV' && format !== 'JSONL') {
  console.error(usage);
  process.exit(2);
}

const tenantId = values.tenant.toLowerCase();
const pluginsUrl = process.env.PLUGINS_SUBGRAPH_URL;
const internalSecret = process.env.INTERNAL_TOKEN_SECRET;
let plugins: PluginHookRunner = noPluginHooks;
if (values['no-plugins']) {
  console.error("the tenant's import plugins are not run (--no-plugins)");
} else if (pluginsUrl && internalSecret) {
  plugins = pluginHooksOf({
    url: pluginsUrl,
    secret: internalSecret,
    caller: 'catalog',
    logger: createLogger('catalog-import', 'warn'),
  });
} else {
  console.error(
    "the tenant's import plugins are not run: set PLUGINS_SUBGRAPH_URL and INTERNAL_TOKEN_SECRET as the catalog service has them (or pass --no-plugins)",
  );
}

const size = statSync(values.file).size;
const input = createReadStream(values.file, { encoding: 'utf8' });
const bar = progressBar(size);
const pool = connectCatalogPool(databaseUrl, 1);
try {
  const transformRecord = await pluginRowTransform(plugins, tenantId, format as ImportFormat);
  const report = await importProducts({
    // no relay in this process: the running catalog service's relay publishes the events it finds
    unitOfWork: tenantDatabase(pool, tenantId, null),
    format: format as ImportFormat,
    ...(transformRecord ? { transformRecord } : {}),
    lines: createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }),
    maxErrors: Number.POSITIVE_INFINITY,
    onProgress: (progress) => bar.update(input.bytesRead, progress.rowsTotal, progress.failed),
  });
  bar.update(size, report.rowsTotal, report.failed, true);
  bar.done();
  for (const error of report.errors) process.stdout.write(`${JSON.stringify(error)}\n`);
  console.error(
    `${report.rowsTotal} rows: ${report.created} variants created, ${report.updated} updated, ${report.failed} failed`,
  );
  process.exitCode = report.failed > 0 ? 1 : 0;
} finally {
  // the plugins' calls are reported to their logs and stats before the process ends
  await plugins.close();
  await pool.end();
}
