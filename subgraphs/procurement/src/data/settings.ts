import { ok } from '@ucos/kit';
import { orm, type Sql, type TenantDb } from '../db.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';
import { type SettingsRow, settingsRow } from './rows.ts';

export type { SettingsRow };

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
  // read by every order created, sent and received (hot; Prisma measured slower there): hand SQL
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
    // a row lock (for update): the version check and the write see the same row
    const locked = await sql.query<SettingsRow>(`select ${SETTINGS_COLUMNS} from procurement.settings for update`);
    const before = locked.rows[0] ?? DEFAULT_SETTINGS;
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
    const saved = await orm(sql, (db) =>
      db.settings.upsert({
        where: { tenantId: tx.tenantId },
        create: { tenantId: tx.tenantId, ...next, updatedBy: actor },
        update: { ...next, updatedBy: actor, updatedAt: new Date(), version: { increment: 1 } },
      }),
    );
    return ok(settingsRow(saved));
  });
}
