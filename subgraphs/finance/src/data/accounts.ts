import { ok, payloadError } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type FinanceErrorCode, type FinanceResult, financeFail } from './errors.ts';
import { type AccountType, ensureLedger, POSTING_ROLES, type PostingRole } from './ledger.ts';
import { type AccountRow as AccountRowOf, accountRow, type MappingRow as MappingRowOf } from './rows.ts';

export type AccountRow = AccountRowOf<PostingRole>;
export type MappingRow = MappingRowOf<PostingRole>;

const ACCOUNT_COLUMNS = `a.id, a.code, a.name, a.type, a.parent_id as "parentId", a.active,
  coalesce((select array_agg(m.role order by m.role) from finance.account_mappings m
             where m.tenant_id = a.tenant_id and m.account_id = a.id), '{}') as roles,
  a.created_at as "createdAt", a.updated_at as "updatedAt"`;

/** The chart of accounts, by code, each with the roles mapped to it; the first read creates the standard chart. */
export function listAccounts(db: TenantDb): Promise<AccountRow[]> {
  return db.run(async (sql) => {
    await ensureLedger(sql, db.tenantId);
    return orm(sql, async (prisma) => {
      const accounts = await prisma.account.findMany({ where: { tenantId: db.tenantId }, orderBy: { code: 'asc' } });
      const mappings = await prisma.accountMapping.findMany({
        where: { tenantId: db.tenantId },
        orderBy: { role: 'asc' },
      });
      return accounts.map((account) => accountRow(account, rolesOf(mappings, account.id)));
    });
  });
}

const rolesOf = (mappings: readonly { role: string; accountId: string }[], accountId: string) =>
  mappings.filter((mapping) => mapping.accountId === accountId).map((mapping) => mapping.role as PostingRole);

export const accountById = (sql: Sql, tenantId: string, id: string): Promise<AccountRow | null> =>
  orm(sql, async (prisma) => {
    const account = await prisma.account.findFirst({ where: { tenantId, id } });
    if (!account) return null;
    const mappings = await prisma.accountMapping.findMany({
      where: { tenantId, accountId: id },
      orderBy: { role: 'asc' },
    });
    return accountRow(account, rolesOf(mappings, id));
  });

async function checkParent(
  sql: Sql,
  tenantId: string,
  parentId: string | null,
  type: AccountType,
  self: string | null,
): Promise<FinanceResult<null>> {
  if (!parentId) return ok(null);
  const parent = await accountById(sql, tenantId, parentId);
  if (!parent) return financeFail('INVALID_PARENT', 'No such parent account', ['input', 'parentId']);
  if (parent.type !== type) {
    return financeFail('INVALID_PARENT', `A ${type} account cannot sit under a ${parent.type} account`, [
      'input',
      'parentId',
    ]);
  }
  if (self) {
    // walking up from the new parent must not reach the account itself
    const cycle = await one<{ found: boolean }>(
      sql,
      `with recursive up(id, parent_id) as (
         select id, parent_id from finance.accounts where tenant_id = $1 and id = $2
         union all
         select a.id, a.parent_id from finance.accounts a join up on a.tenant_id = $1 and a.id = up.parent_id
       ) select exists (select 1 from up where id = $3) as found`,
      [tenantId, parentId, self],
    );
    if (cycle?.found) return financeFail('INVALID_PARENT', 'An account cannot sit under itself', ['input', 'parentId']);
  }
  return ok(null);
}

const codeTaken = {
  accounts_code_key: payloadError<FinanceErrorCode>('CODE_TAKEN', 'Another account has this code', ['input', 'code']),
};

export function createAccount(
  db: TenantDb,
  input: { code: string; name: string; type: AccountType; parentId: string | null },
): Promise<FinanceResult<AccountRow>> {
  return db.tx(
    async (sql) => {
      await ensureLedger(sql, db.tenantId);
      const parent = await checkParent(sql, db.tenantId, input.parentId, input.type, null);
      if (!parent.ok) return parent;
      const created = await orm(sql, (prisma) =>
        prisma.account.create({
          data: {
            tenantId: db.tenantId,
            code: input.code,
            name: input.name,
            type: input.type,
            parentId: input.parentId,
          },
        }),
      );
      // a new account has no role mapped to it yet
      return ok(accountRow(created, []));
    },
    { unique: codeTaken },
  );
}

/**
 * Renames, re-codes, moves or (de)activates an account. Its type is fixed once created (entries
 * were posted under it); an account a posting role uses cannot be deactivated.
 */
export function updateAccount(
  db: TenantDb,
  id: string,
  input: { code?: string | null; name?: string | null; parentId?: string | null; active?: boolean | null },
): Promise<FinanceResult<AccountRow>> {
  return db.tx(
    async (sql) => {
      // a row lock (for update) with the roles mapped to it: hand SQL
      const account = await one<AccountRow>(
        sql,
        `select ${ACCOUNT_COLUMNS} from finance.accounts a where a.tenant_id = $1 and a.id = $2 for update`,
        [db.tenantId, id],
      );
      if (!account) return financeFail('NOT_FOUND', 'No such account', ['input', 'accountId']);
      if (input.parentId !== undefined) {
        const parent = await checkParent(sql, db.tenantId, input.parentId, account.type, account.id);
        if (!parent.ok) return parent;
      }
      if (input.active === false && account.roles.length > 0) {
        return financeFail(
          'ACCOUNT_IN_USE',
          `Posting roles use this account (${account.roles.join(', ')}); map them elsewhere first`,
          ['input', 'active'],
        );
      }
      // a field left out (or null) keeps its value; a parent given as null moves the account to the top
      const updated = await orm(sql, (prisma) =>
        prisma.account.update({
          where: { tenantId_id: { tenantId: db.tenantId, id } },
          data: {
            code: input.code ?? undefined,
            name: input.name ?? undefined,
            parentId: input.parentId === undefined ? undefined : input.parentId,
            active: input.active ?? undefined,
            updatedAt: new Date(),
          },
        }),
      );
      return ok(accountRow(updated, account.roles));
    },
    { unique: codeTaken },
  );
}

export function listMappings(db: TenantDb): Promise<MappingRow[]> {
  return db.run(async (sql) => {
    await ensureLedger(sql, db.tenantId);
    const rows = await orm(sql, (prisma) =>
      prisma.accountMapping.findMany({
        where: { tenantId: db.tenantId },
        select: { role: true, accountId: true },
        orderBy: { role: 'asc' },
      }),
    );
    return rows as MappingRow[];
  });
}

/** Points a posting role at another active account of the type the role posts to. */
export function setMapping(db: TenantDb, role: PostingRole, accountId: string): Promise<FinanceResult<MappingRow>> {
  return db.tx(async (sql) => {
    if (!POSTING_ROLES.includes(role)) return financeFail('INVALID_INPUT', 'Unknown posting role', ['input', 'role']);
    await ensureLedger(sql, db.tenantId);
    const account = await accountById(sql, db.tenantId, accountId);
    if (!account?.active) {
      return financeFail('NOT_FOUND', 'No such active account', ['input', 'accountId']);
    }
    // a join (the models have no relation fields): hand SQL
    const current = await one<{ type: AccountType }>(
      sql,
      `select a.type from finance.account_mappings m join finance.accounts a on a.tenant_id = m.tenant_id and a.id = m.account_id
        where m.tenant_id = $1 and m.role = $2`,
      [db.tenantId, role],
    );
    if (current && current.type !== account.type) {
      return financeFail('INVALID_INPUT', `The ${role} role posts to a ${current.type} account`, [
        'input',
        'accountId',
      ]);
    }
    await orm(sql, (prisma) =>
      prisma.accountMapping.upsert({
        where: { tenantId_role: { tenantId: db.tenantId, role } },
        create: { tenantId: db.tenantId, role, accountId },
        update: { accountId, updatedAt: new Date() },
        select: { role: true },
      }),
    );
    return ok({ role, accountId });
  });
}

/** Sets the rate orders in `currency` post at: base minor units per one minor unit of it. */
export function setExchangeRate(
  db: TenantDb,
  currency: string,
  rate: number,
): Promise<FinanceResult<{ currency: string; rate: string }>> {
  return db.tx(async (sql) => {
    const settings = await ensureLedger(sql, db.tenantId);
    if (currency === settings.baseCurrency) {
      return financeFail('INVALID_INPUT', 'The base currency needs no rate', ['input', 'currency']);
    }
    const row = await orm(sql, (prisma) =>
      prisma.exchangeRate.upsert({
        where: { tenantId_currency: { tenantId: db.tenantId, currency } },
        create: { tenantId: db.tenantId, currency, rate },
        update: { rate, updatedAt: new Date() },
      }),
    );
    // at the column's scale (numeric(24,12)), as `rate::text` reads it
    return ok({ currency: row.currency, rate: row.rate.toFixed(12) });
  });
}

export function ledgerSettings(db: TenantDb) {
  return db.run((sql) => ensureLedger(sql, db.tenantId));
}
