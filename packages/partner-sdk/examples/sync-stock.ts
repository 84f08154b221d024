// Stock from an external system (an ERP's export) into the shop, the way a partner integration runs it:
//   UCOS_API_KEY=ucos_sk_… node packages/partner-sdk/examples/sync-stock.ts stock.csv
// The key needs catalog:read, inventory:read and inventory:adjust. The export is CSV with a header:
//   sku,warehouse,on_hand,revision
// Each row sets the counted on-hand quantity of a SKU in a warehouse (by its code). Its idempotency key
// is the row's SKU, warehouse and export revision: a retried request, or the same export run twice,
// applies each row once. Rows that already match are left alone. The last line printed is a JSON summary.
import { readFileSync } from 'node:fs';
import { createClient, PartnerApiError } from '../src/index.ts';

interface ExportRow {
  sku: string;
  warehouse: string;
  onHand: number;
  revision: string;
}

function parseExport(text: string): ExportRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header?.replace(/\s/g, '') !== 'sku,warehouse,on_hand,revision') {
    throw new Error('the export must start with the header sku,warehouse,on_hand,revision');
  }
  return lines.map((line, index) => {
    const [sku = '', warehouse = '', onHand = '', revision = ''] = line.split(',').map((cell) => cell.trim());
    const quantity = Number(onHand);
    if (!sku || !warehouse || !revision || !Number.isInteger(quantity) || quantity < 0) {
      throw new Error(`line ${index + 2}: expected sku,warehouse,on_hand (a whole number ≥ 0),revision; got "${line}"`);
    }
    return { sku, warehouse, onHand: quantity, revision };
  });
}

const file = process.argv[2];
if (!file) throw new Error('usage: node sync-stock.ts <export.csv>');
const apiKey = process.env.UCOS_API_KEY;
if (!apiKey) throw new Error('set UCOS_API_KEY to a key with catalog:read, inventory:read and inventory:adjust');
const partner = createClient({ endpoint: process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql', apiKey });

const rows = parseExport(readFileSync(file, 'utf8'));
const warehouses = new Map<string, string>();
for await (const warehouse of partner.all.warehouses()) warehouses.set(warehouse.code, warehouse.id);

const summary = { rows: rows.length, adjusted: 0, unchanged: 0, failed: [] as { sku: string; reason: string }[] };
for (const row of rows) {
  try {
    const variant = await partner.catalog.variantBySku(row.sku, 'EUR');
    const warehouseId = warehouses.get(row.warehouse);
    if (!variant || !warehouseId) {
      summary.failed.push({ sku: row.sku, reason: variant ? `no warehouse ${row.warehouse}` : 'unknown SKU' });
      continue;
    }
    const levels = await partner.inventory.stockLevels(1, { variantId: variant.id, warehouseId });
    if (levels.edges[0]?.node.onHand === row.onHand) {
      summary.unchanged++;
      continue;
    }
    const result = await partner.inventory.stockAdjust({
      variantId: variant.id,
      warehouseId,
      setOnHand: row.onHand,
      reason: 'ADJUSTMENT',
      reference: `erp export ${row.revision}`,
      idempotencyKey: `erp-stock:${row.sku}:${row.warehouse}:${row.revision}`,
    });
    if (result.errors.length > 0) {
      summary.failed.push({ sku: row.sku, reason: result.errors.map((error) => error.code).join(', ') });
    } else {
      summary.adjusted++;
      console.log(`${row.sku} @ ${row.warehouse}: on hand ${result.stockLevel?.onHand}`);
    }
  } catch (error) {
    if (!(error instanceof PartnerApiError)) throw error;
    summary.failed.push({ sku: row.sku, reason: `${error.code}: ${error.message}` });
  }
}
console.log(JSON.stringify(summary));
