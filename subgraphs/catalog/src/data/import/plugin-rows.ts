import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { RecordTransform } from './importer.ts';
import type { ImportFormat } from './records.ts';

/** A record's cells as the plugin sees them: text, blank cells left out (JSON lines' values as text). */
function cellsOf(fields: Record<string, unknown>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [column, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    cells[column] =
      typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return cells;
}

/**
 * The tenant's `import.row.transform` plugins over each record of a product import, before it is
 * validated: each plugin may rewrite the row (the next one sees its rewrite) or skip it, and a skip
 * (with the plugin's reason) or a fail-closed plugin's failure is that row's error, PLUGIN_REFUSED.
 * null when the tenant has no such plugin: the import then runs as it always did.
 */
export async function pluginRowTransform(
  plugins: PluginHookRunner,
  tenantId: string,
  format: ImportFormat,
): Promise<RecordTransform | null> {
  if (!(await plugins.installed(tenantId, 'import.row.transform'))) return null;
  return async (record) => {
    const result = await plugins.transform(
      tenantId,
      'import.row.transform',
      // the SDK counts rows after a CSV's header (row 0); a JSON line is its own row
      { kind: 'products', rowNumber: format === 'CSV' ? record.line - 1 : record.line, row: cellsOf(record.fields) },
      (input, output) => ('skip' in output ? { refuse: output.reason } : { input: { ...input, row: output.row } }),
    );
    if (!result.allow) {
      return { error: { row: record.line, code: 'PLUGIN_REFUSED', field: null, message: result.message } };
    }
    return { fields: result.input.row };
  };
}
