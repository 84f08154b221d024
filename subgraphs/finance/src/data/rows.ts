import type {
  AccountMapping as AccountMappingModel,
  Account as AccountModel,
  FiscalPeriod as FiscalPeriodModel,
} from '../generated/prisma/client.ts';

/**
 * The rows the stores return, typed from the Prisma models (prisma/schema.prisma) without
 * `tenant_id`: kinds and states as unions, dates (`date` columns) as `YYYY-MM-DD`. The SQL column
 * lists next to them say the same.
 */

export type AccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'REVENUE' | 'EXPENSE';

/** A `date` column as Prisma reads it (midnight UTC), as `::text` says it in SQL. */
export const isoDay = (value: Date): string => value.toISOString().slice(0, 10);

export type AccountRow<Role extends string = string> = Omit<AccountModel, 'tenantId' | 'type'> & {
  type: AccountType;
  /** the posting roles mapped to it */
  roles: Role[];
};

export const accountRow = <Role extends string>(
  { tenantId: _tenantId, type, ...row }: AccountModel,
  roles: Role[],
): AccountRow<Role> => ({ ...row, type: type as AccountType, roles });

export type MappingRow<Role extends string = string> = Pick<AccountMappingModel, 'accountId'> & { role: Role };

export type PeriodRow = Omit<FiscalPeriodModel, 'tenantId' | 'updatedAt' | 'startsOn' | 'endsOn' | 'status'> & {
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  status: 'open' | 'closed';
};

export const periodRow = ({
  tenantId: _tenantId,
  updatedAt: _updatedAt,
  startsOn,
  endsOn,
  status,
  ...row
}: FiscalPeriodModel): PeriodRow => ({
  ...row,
  startsOn: isoDay(startsOn),
  endsOn: isoDay(endsOn),
  status: status as PeriodRow['status'],
});
