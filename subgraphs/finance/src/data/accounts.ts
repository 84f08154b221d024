import { ok, payloadError } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type FinanceErrorCode, type FinanceResult, financeFail } from './errors.ts';
import { type AccountType, ensureLedger, POSTING_ROLES, type PostingRole } from './ledger.ts';

export interface AccountRow {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  parentId: string | null;
  active: boolean;
  /** the posting roles mapped to it */
  roles: PostingRole[];
  createdAt: Date;
  updatedAt: Date;
}

const ACCOUNT_COLUMNS = `a.id, a.code, a.name, a.type, a.parent_id as "parentId", a.active,
  coalesce((select array_agg(m.role order by m.role) from finance.account_mappings m
             where m.tenant_id = a.tenant_id and m.account_id = a.id), '{}') as roles,
  a.created_at as "createdAt", a.updated_at as "updatedAt"`;

/** The chart of accounts, by code; the first read creates the standard chart. */
export function listAccounts(db: TenantDb): Promise<AccountRow[]> {
  return db.run(async (sql) => {
    await ensureLedger(sql, db.tenantId);
    const { rows } = await sql.query<AccountRow>(
      `select ${ACCOUNT_COLUMNS} from finance.accounts a where a.tenant_id = $1 order by a.code`,
      [db.tenantId],
    );
    return rows;
  });
}

export const accountById = (sql: Sql, tenantId: string, id: string) =>
  one<AccountRow>(sql, `select ${ACCOUNT_COLUMNS} from finance.accounts a where a.tenant_id = $1 and a.id = $2`, [
    tenantId,
    id,
  ]);

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
      const created = await one<{ id: string }>(
        sql,
        `insert into finance.accounts (tenant_id, code, name, type, parent_id) values ($1, $2, $3, $4, $5) returning id`,
        [db.tenantId, input.code, input.name, input.type, input.parentId],
      );
      return ok((await accountById(sql, db.tenantId, (created as { id: string }).id)) as AccountRow);
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
      await sql.query(
        `update finance.accounts set code = coalesce($3, code), name = coalesce($4, name),
           parent_id = case when $5 then $6::uuid else parent_id end, active = coalesce($7, active), updated_at = now()
         where tenant_id = $1 and id = $2`,
        [
          db.tenantId,
          id,
          input.code ?? null,
          input.name ?? null,
          input.parentId !== undefined,
          input.parentId ?? null,
          input.active ?? null,
        ],
      );
      return ok((await accountById(sql, db.tenantId, id)) as AccountRow);
    },
    { unique: codeTaken },
  );
}

export interface MappingRow {
  role: PostingRole;
  accountId: string;
}

export function listMappings(db: TenantDb): Promise<MappingRow[]> {
  return db.run(async (sql) => {
    await ensureLedger(sql, db.tenantId);
    const { rows } = await sql.query<MappingRow>(
      `select role, account_id as "accountId" from finance.account_mappings where tenant_id = $1 order by role`,
      [db.tenantId],
    );
    return rows;
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
    await sql.query(
      `insert into finance.account_mappings (tenant_id, role, account_id) values ($1, $2, $3)
       on conflict (tenant_id, role) do update set account_id = excluded.account_id, updated_at = now()`,
      [db.tenantId, role, accountId],
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
    const row = await one<{ currency: string; rate: string }>(
      sql,
      `insert into finance.exchange_rates (tenant_id, currency, rate) values ($1, $2, $3)
       on conflict (tenant_id, currency) do update set rate = excluded.rate, updated_at = now()
       returning currency, rate::text as rate`,
      [db.tenantId, currency, rate],
    );
    return ok(row as { currency: string; rate: string });
  });
}

export function ledgerSettings(db: TenantDb) {
  return db.run((sql) => ensureLedger(sql, db.tenantId));
}
