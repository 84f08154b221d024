import { MAX_UNIT_AMOUNT, ok, parseDecimalAmount, Rejection, type UniqueErrors } from '@ucos/kit';
import { type CatalogDatabase, type CatalogTx, orm, type Sql } from '../db.ts';
import { type CatalogErrorCode, type CatalogResult, reject } from './errors.ts';
import type { PriceListRow, PriceRow } from './rows.ts';
import { Problems } from './validation.ts';

export type { PriceListRow, PriceRow } from './rows.ts';

const LIST_COLUMNS = `l.id, l.name, l.currency, l.customer_group as "customerGroup", l.valid_from as "validFrom",
  l.valid_to as "validTo", l.priority, l.active, l.version, l.created_at as "createdAt"`;

const PRICE_COLUMNS = `pr.variant_id as "variantId", pr.price_list_id as "priceListId",
  pr.min_quantity as "minQuantity", pr.amount, l.currency`;

/** The same columns for Prisma. */
const LIST_FIELDS = {
  id: true,
  name: true,
  currency: true,
  customerGroup: true,
  validFrom: true,
  validTo: true,
  priority: true,
  active: true,
  version: true,
  createdAt: true,
} as const;

/** Storefront callers see public lists only (customer_group is null). `l` is the price_lists alias. */
const listVisible = (publicOnly: boolean) => (publicOnly ? 'l.customer_group is null' : 'true');

/** The same rule for Prisma. */
const visibleLists = (publicOnly: boolean) => (publicOnly ? { customerGroup: null } : {});

export interface PriceQuery {
  currency: string;
  quantity: number;
  /** null: public lists only */
  customerGroup: string | null;
}

/**
 * The price resolution rule (README "Price resolution"), for a batch of variants in one statement:
 * 1. candidate lists are active, in the requested currency, valid now (valid_from <= now < valid_to,
 *    open ends allowed), and either public or for the requested customer group;
 * 2. a list is a candidate for a variant only if it has a tier with min_quantity <= quantity;
 * 3. the customer group's lists beat public ones, then the higher priority wins, then the lower list id;
 * 4. in the chosen list, the tier with the largest min_quantity <= quantity applies.
 * Everything is in the ORDER BY of a DISTINCT ON, so the answer is deterministic.
 */
export const RESOLVED_PRICES_SQL = `
  select distinct on (pr.variant_id) ${PRICE_COLUMNS}
  from prices pr
  join price_lists l on l.tenant_id = pr.tenant_id and l.id = pr.price_list_id
  where pr.variant_id = any($1::uuid[]) and l.currency = $2 and l.active
    and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now())
    and (l.customer_group is null or l.customer_group = $3)
    and pr.min_quantity <= $4
  order by pr.variant_id, (l.customer_group is not null) desc, l.priority desc, l.id, pr.min_quantity desc`;

export async function resolvePrices(sql: Sql, variantIds: readonly string[], query: PriceQuery): Promise<PriceRow[]> {
  const { rows } = await sql.query<PriceRow>(RESOLVED_PRICES_SQL, [
    variantIds,
    query.currency,
    query.customerGroup,
    query.quantity,
  ]);
  return rows;
}

/** Every price of a batch of variants (the admin's price grid). */
export async function pricesOfVariants(sql: Sql, variantIds: readonly string[], publicOnly: boolean) {
  const { rows } = await sql.query<PriceRow>(
    `select ${PRICE_COLUMNS} from prices pr join price_lists l on l.tenant_id = pr.tenant_id and l.id = pr.price_list_id
     where pr.variant_id = any($1::uuid[]) and ${listVisible(publicOnly)}
     order by l.priority desc, l.name, pr.min_quantity`,
    [variantIds],
  );
  return rows;
}

export function listPriceLists(db: CatalogDatabase, publicOnly: boolean): Promise<PriceListRow[]> {
  return db.run((sql) =>
    orm(sql, (catalog) =>
      catalog.priceList.findMany({
        where: visibleLists(publicOnly),
        select: LIST_FIELDS,
        orderBy: [{ priority: 'desc' }, { name: 'asc' }],
      }),
    ),
  );
}

export function priceListsByIds(sql: Sql, ids: readonly string[], publicOnly: boolean): Promise<PriceListRow[]> {
  return orm(sql, (db) =>
    db.priceList.findMany({ where: { id: { in: [...ids] }, ...visibleLists(publicOnly) }, select: LIST_FIELDS }),
  );
}

export interface PriceListInput {
  name: string;
  currency: string;
  customerGroup?: string | null;
  validFrom?: Date | null;
  validTo?: Date | null;
  priority?: number | null;
  active?: boolean | null;
}

const LIST_UNIQUE: UniqueErrors<CatalogErrorCode> = {
  price_lists_tenant_id_name_key: {
    code: 'DUPLICATE_NAME',
    message: 'Another price list has this name',
    field: ['input', 'name'],
  },
};

function validateList(input: Partial<PriceListInput>, problems: Problems): void {
  if (input.name !== undefined) problems.text(input.name, ['input', 'name'], 100);
  if (input.customerGroup) problems.text(input.customerGroup, ['input', 'customerGroup'], 100);
  if (input.validFrom && input.validTo && input.validTo <= input.validFrom) {
    problems.add('INVALID_INPUT', 'validTo must be after validFrom', ['input', 'validTo']);
  }
}

export async function createPriceList(
  db: CatalogDatabase,
  input: PriceListInput,
): Promise<CatalogResult<PriceListRow>> {
  const problems = new Problems();
  validateList(input, problems);
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) =>
      ok(
        await orm(sql, (db) =>
          db.priceList.create({
            data: {
              tenantId: tx.tenantId!,
              name: input.name,
              currency: input.currency,
              customerGroup: input.customerGroup || null,
              validFrom: input.validFrom ?? null,
              validTo: input.validTo ?? null,
              priority: input.priority ?? 0,
              active: input.active ?? true,
            },
            select: LIST_FIELDS,
          }),
        ),
      ),
    { unique: LIST_UNIQUE },
  );
}

/** The currency is fixed once a list exists: its prices are amounts in that currency. */
export async function updatePriceList(
  db: CatalogDatabase,
  input: Partial<Omit<PriceListInput, 'currency'>> & { id: string; version: number },
): Promise<CatalogResult<PriceListRow>> {
  const problems = new Problems();
  validateList(input, problems);
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) => {
      // hand SQL: a row lock (for update), which Prisma cannot take
      const { rows } = await sql.query<PriceListRow>(
        `select ${LIST_COLUMNS} from price_lists l where id = $1 for update`,
        [input.id],
      );
      const current = rows[0] ?? reject('NOT_FOUND', 'No such price list', ['input', 'id']);
      if (current.version !== input.version) {
        reject('CONFLICT', `The price list changed (version ${current.version})`, ['input', 'version']);
      }
      const pick = <K extends keyof PriceListRow>(key: K, value: PriceListRow[K] | undefined) =>
        value === undefined ? current[key] : value;
      const validFrom = pick('validFrom', input.validFrom);
      const validTo = pick('validTo', input.validTo);
      if (validFrom && validTo && validTo <= validFrom) {
        reject('INVALID_INPUT', 'validTo must be after validFrom', ['input', 'validTo']);
      }
      const [updated] = await orm(sql, (db) =>
        db.priceList.updateManyAndReturn({
          where: { id: input.id },
          data: {
            name: input.name ?? current.name,
            customerGroup: input.customerGroup === undefined ? current.customerGroup : input.customerGroup || null,
            validFrom,
            validTo,
            priority: input.priority ?? current.priority,
            active: input.active ?? current.active,
            version: { increment: 1 },
          },
          select: LIST_FIELDS,
        }),
      );
      // the row was locked above, so the update found it
      const list = updated!;
      await tx.emit('catalog.price.changed', list.id, {
        priceListId: list.id,
        currency: list.currency,
        variantId: null,
      });
      return ok(list);
    },
    { unique: LIST_UNIQUE },
  );
}

export interface PriceSetInput {
  variantId: string;
  priceListId: string;
  currency: string;
  /** minor units */
  amount?: number | null;
  /** or a decimal string such as "19.99": more digits than the currency has is INVALID_AMOUNT */
  decimalAmount?: string | null;
  minQuantity?: number | null;
}

/** Validates a price's amount: integer minor units (or a decimal of the right precision), >= 0; the currency is checked at the schema edge. */
export function priceAmountOf(
  input: Pick<PriceSetInput, 'currency' | 'amount' | 'decimalAmount'>,
  problems: Problems,
  field: string[],
): number | null {
  const given = [input.amount, input.decimalAmount].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) {
    problems.add('INVALID_AMOUNT', 'Give exactly one of amount (minor units) or decimalAmount', [...field, 'amount']);
    return null;
  }
  const amount = input.amount ?? (input.decimalAmount ? parseDecimalAmount(input.decimalAmount, input.currency) : null);
  if (amount === null || !Number.isSafeInteger(amount) || amount < 0 || amount > MAX_UNIT_AMOUNT) {
    const which = input.amount === null || input.amount === undefined ? 'decimalAmount' : 'amount';
    problems.add(
      'INVALID_AMOUNT',
      `Not a valid ${input.currency} amount: non-negative, at most ${MAX_UNIT_AMOUNT} minor units, at most the currency's minor-unit precision`,
      [...field, which],
    );
    return null;
  }
  return amount;
}

/** Creates or replaces one tier of one variant's price in one list. */
export async function setPrice(db: CatalogDatabase, input: PriceSetInput): Promise<CatalogResult<PriceRow>> {
  const problems = new Problems();
  const amount = priceAmountOf(input, problems, ['input']);
  const minQuantity = input.minQuantity ?? 1;
  problems.check(Number.isInteger(minQuantity) && minQuantity >= 1, 'must be at least 1', ['input', 'minQuantity']);
  if (!problems.ok || amount === null) return { ok: false, errors: problems.list };
  return db.tx(async (sql, tx) => ok(await upsertPrice(sql, tx, { ...input, amount, minQuantity }, ['input'])));
}

/** Shared by priceSet and the importer: checks the list and variant, then upserts the tier. */
export async function upsertPrice(
  sql: Sql,
  tx: CatalogTx,
  input: { variantId: string; priceListId: string; currency: string; amount: number; minQuantity: number },
  field: string[],
): Promise<PriceRow> {
  const list = await orm(sql, (db) =>
    db.priceList.findFirst({ where: { id: input.priceListId }, select: { currency: true } }),
  );
  const currency = list?.currency ?? reject('NOT_FOUND', 'No such price list', [...field, 'priceListId']);
  if (currency !== input.currency) {
    reject('CURRENCY_MISMATCH', `This price list is in ${currency}, not ${input.currency}`, [...field, 'currency']);
  }
  const variant = await orm(sql, (db) =>
    db.variant.findFirst({ where: { id: input.variantId }, select: { id: true } }),
  );
  if (!variant) reject('NOT_FOUND', 'No such variant', [...field, 'variantId']);
  const tier = {
    tenantId: tx.tenantId!,
    priceListId: input.priceListId,
    variantId: input.variantId,
    minQuantity: input.minQuantity,
  };
  await orm(sql, (db) =>
    db.price.upsert({
      where: { tenantId_priceListId_variantId_minQuantity: tier },
      create: { ...tier, amount: input.amount },
      update: { amount: input.amount, updatedAt: new Date() },
      select: { amount: true },
    }),
  );
  await tx.emit('catalog.price.changed', input.priceListId, {
    variantId: input.variantId,
    priceListId: input.priceListId,
    currency,
    minQuantity: input.minQuantity,
    amount: input.amount,
  });
  return { ...input, currency };
}

export async function deletePrice(
  db: CatalogDatabase,
  input: { variantId: string; priceListId: string; minQuantity?: number | null },
): Promise<CatalogResult<boolean>> {
  const minQuantity = input.minQuantity ?? 1;
  return db.tx(async (sql, tx) => {
    // hand SQL: the delete answers with its list's currency in one statement (a join Prisma's delete cannot return)
    const deleted = await sql.query<{ currency: string }>(
      `delete from prices pr using price_lists l
       where l.tenant_id = pr.tenant_id and l.id = pr.price_list_id
         and pr.variant_id = $1 and pr.price_list_id = $2 and pr.min_quantity = $3
       returning l.currency`,
      [input.variantId, input.priceListId, minQuantity],
    );
    const currency = deleted.rows[0]?.currency ?? reject('NOT_FOUND', 'No such price', ['input']);
    await tx.emit('catalog.price.changed', input.priceListId, {
      variantId: input.variantId,
      priceListId: input.priceListId,
      currency,
      minQuantity,
      amount: null,
    });
    return ok(true);
  });
}

/** A new variant's price as productCreate takes it: minor units or a decimal string, tier 1 of the call's list. */
export interface InitialPrice {
  amount?: number | null;
  decimalAmount?: string | null;
}

/**
 * The first prices of a product's new variants, on one list, inside the product's unit of work: an
 * unknown list is NOT_FOUND, each bad amount INVALID_AMOUNT on its variant (all of them at once), and
 * any refusal rolls the whole creation back. One statement for the tiers, one event per price.
 */
export async function insertInitialPrices(
  sql: Sql,
  tx: CatalogTx,
  priceListId: string,
  prices: { variantId: string; price: InitialPrice; field: string[] }[],
): Promise<void> {
  const list = await orm(sql, (db) =>
    db.priceList.findFirst({ where: { id: priceListId }, select: { currency: true } }),
  );
  const currency = list?.currency ?? reject('NOT_FOUND', 'No such price list', ['input', 'priceListId']);
  const problems = new Problems();
  const amounts = prices.map((entry) => priceAmountOf({ ...entry.price, currency }, problems, entry.field));
  if (!problems.ok) throw new Rejection(problems.list);
  const rows = prices.map((entry, index) => ({
    tenantId: tx.tenantId!,
    priceListId,
    variantId: entry.variantId,
    minQuantity: 1,
    amount: amounts[index]!,
  }));
  if (rows.length === 0) return;
  await orm(sql, (db) => db.price.createMany({ data: rows }));
  for (const row of rows) {
    await tx.emit('catalog.price.changed', priceListId, {
      variantId: row.variantId,
      priceListId,
      currency,
      minQuantity: 1,
      amount: row.amount,
    });
  }
}
