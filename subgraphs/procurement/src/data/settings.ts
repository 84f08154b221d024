import { ok } from '@ucos/kit';
import type { Sql, TenantDb } from '../db.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';

/** A tenant's purchasing settings; a tenant that never saved any has the defaults. */
export interface SettingsRow {
  baseCurrency: string;
  receiptOverTolerancePercent: number;
  matchQuantityTolerancePercent: number;
  matchPriceTolerancePercent: number;
  matchPriceToleranceAmount: number;
  /** printed on purchase orders; null: not set yet */
  buyerName: string | null;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export const DEFAULT_SETTINGS: SettingsRow = {
  baseCurrency: 'EUR',
  receiptOverTolerancePercent: 0,
  matchQuantityTolerancePercent: 0,
  matchPriceTolerancePercent: 0,
  matchPriceToleranceAmount: 0,
  buyerName: null,
  version: 0,
  updatedAt: null,
  updatedBy: null,
};

const SETTINGS_COLUMNS = `base_currency as "baseCurrency",
  receipt_over_tolerance_percent::float8 as "receiptOverTolerancePercent",
  match_quantity_tolerance_percent::float8 as "matchQuantityTolerancePercent",
  match_price_tolerance_percent::float8 as "matchPriceTolerancePercent",
  match_price_tolerance_amount::float8 as "matchPriceToleranceAmount",
  buyer_name as "buyerName", version, updated_at as "updatedAt", updated_by as "updatedBy"`;

/** Inside a unit of work: the tenant's settings (defaults when none were saved). */
export async function readSettings(sql: Sql): Promise<SettingsRow> {
  const { rows } = await sql.query<SettingsRow>(`select ${SETTINGS_COLUMNS} from procurement.settings`);
  return rows[0] ?? DEFAULT_SETTINGS;
}

export const settingsOf = (db: TenantDb) => db.run((sql) => readSettings(sql));

export interface SettingsInput {
  baseCurrency?: string | null;
  receiptOverTolerancePercent?: number | null;
  matchQuantityTolerancePercent?: number | null;
  matchPriceTolerancePercent?: number | null;
  matchPriceToleranceAmount?: number | null;
  buyerName?: string | null;
  /** the version the caller read; a newer one is CONFLICT */
  expectedVersion?: number | null;
}

/** Saves the fields given; the others keep their value. */
export function updateSettings(
  db: TenantDb,
  actor: string | null,
  input: SettingsInput,
): Promise<ProcurementResult<SettingsRow>> {
  return db.tx(async (sql, tx) => {
    const current = await sql.query<SettingsRow>(`select ${SETTINGS_COLUMNS} from procurement.settings for update`);
    const before = current.rows[0] ?? DEFAULT_SETTINGS;
    if (input.expectedVersion != null && input.expectedVersion !== before.version) {
      return procurementFail('CONFLICT', 'The settings were changed by someone else; reload them', [
        'input',
        'expectedVersion',
      ]);
    }
    const next = {
      baseCurrency: input.baseCurrency ?? before.baseCurrency,
      receiptOverTolerancePercent: input.receiptOverTolerancePercent ?? before.receiptOverTolerancePercent,
      matchQuantityTolerancePercent: input.matchQuantityTolerancePercent ?? before.matchQuantityTolerancePercent,
      matchPriceTolerancePercent: input.matchPriceTolerancePercent ?? before.matchPriceTolerancePercent,
      matchPriceToleranceAmount: input.matchPriceToleranceAmount ?? before.matchPriceToleranceAmount,
      buyerName: input.buyerName?.trim() || before.buyerName,
    };
    const { rows } = await sql.query<SettingsRow>(
      `insert into procurement.settings (tenant_id, base_currency, receipt_over_tolerance_percent, match_quantity_tolerance_percent,
         match_price_tolerance_percent, match_price_tolerance_amount, updated_by, buyer_name)
       values ($7, $1, $2, $3, $4, $5, $6, $8)
       on conflict (tenant_id) do update set base_currency = excluded.base_currency,
         receipt_over_tolerance_percent = excluded.receipt_over_tolerance_percent,
         match_quantity_tolerance_percent = excluded.match_quantity_tolerance_percent,
         match_price_tolerance_percent = excluded.match_price_tolerance_percent,
         match_price_tolerance_amount = excluded.match_price_tolerance_amount, buyer_name = excluded.buyer_name,
         updated_by = excluded.updated_by, updated_at = now(), version = settings.version + 1
       returning ${SETTINGS_COLUMNS}`,
      [
        next.baseCurrency,
        next.receiptOverTolerancePercent,
        next.matchQuantityTolerancePercent,
        next.matchPriceTolerancePercent,
        next.matchPriceToleranceAmount,
        actor,
        tx.tenantId,
        next.buyerName,
      ],
    );
    return ok(rows[0] as SettingsRow);
  });
}
