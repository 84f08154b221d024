import { inputMutation, maxLength, ok } from '@ucos/kit';
import { builder, WRITE_SCOPES } from '../builder.ts';
import { type CatalogErrorCode, catalogFail } from '../data/errors.ts';
import { type ImportReport, importProducts } from '../data/import/importer.ts';
import { pluginRowTransform } from '../data/import/plugin-rows.ts';
import { IMPORT_FORMATS } from '../data/import/records.ts';

/** Bigger files go through the CLI (node subgraphs/catalog/src/cli/import.ts), which streams from disk. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const ImportFormatEnum = builder.enumType('ProductImportFormat', { values: IMPORT_FORMATS });

const ImportRowErrorRef = builder.objectRef<ImportReport['errors'][number]>('ProductImportRowError').implement({
  description: 'Why one row was not imported; the other rows were.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Line of the input the record starts on (1-based; CSV header = 1)' }),
    code: t.exposeString('code'),
    field: t.exposeStringList('field', { nullable: true, description: 'The column at fault' }),
    message: t.exposeString('message'),
  }),
});

const ImportInput = builder.inputType('ProductImportInput', {
  fields: (t) => ({
    format: t.field({ type: ImportFormatEnum, required: true }),
    data: t.string({
      required: true,
      ...maxLength(MAX_IMPORT_BYTES, 'The file: one variant per row, grouped by handle (README)'),
    }),
  }),
});

inputMutation(builder, 'productImport', {
  input: ImportInput,
  payload: {
    codes: [
      'CURRENCY_MISMATCH',
      'DUPLICATE_SKU',
      'INVALID_AMOUNT',
      'INVALID_CURRENCY',
      'INVALID_INPUT',
      'INVALID_ROW',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    fields: (t) => ({
      rowsTotal: t.int({ resolve: (payload) => payload.rowsTotal ?? 0 }),
      variantsCreated: t.int({ resolve: (payload) => payload.created ?? 0 }),
      variantsUpdated: t.int({ resolve: (payload) => payload.updated ?? 0 }),
      rowsFailed: t.int({ resolve: (payload) => payload.failed ?? 0 }),
      rowErrors: t.field({
        type: [ImportRowErrorRef],
        description: 'The first 1,000 row errors',
        resolve: (payload) => payload.rowErrors ?? [],
      }),
    }),
  },
  description:
    "Imports products row by row; bad rows are reported, good rows are kept. Idempotent on SKU. The tenant's import plugins may rewrite each row first, or skip it (that row's error PLUGIN_REFUSED).",
  authScopes: WRITE_SCOPES,
  run: async (context, input) => {
    if (Buffer.byteLength(input.data) > MAX_IMPORT_BYTES) {
      return catalogFail('INVALID_INPUT', 'Over 5 MB: use the import CLI', ['input', 'data']);
    }
    const transformRecord = context.auth.tenantId
      ? await pluginRowTransform(context.plugins, context.auth.tenantId, input.format)
      : null;
    const report = await importProducts({
      unitOfWork: context.db,
      format: input.format,
      lines: input.data.split('\n'),
      ...(transformRecord ? { transformRecord } : {}),
    });
    return ok(report);
  },
  // the rows' errors are the report's: the mutation itself succeeded
  fields: ({ errors: rowErrors, ...counts }) => ({ ...counts, rowErrors }),
});
