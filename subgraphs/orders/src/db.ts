import { createPool, type PgTenantDatabase, pgTenantDatabase } from '@ucos/kit';
import type pg from 'pg';

export { one, type Sql } from '@ucos/kit';

/** The orders database as one tenant sees it: every unit of work is one RLS-scoped transaction. */
export type TenantDb = PgTenantDatabase<string>;

export const tenantDb = (pool: pg.Pool, tenantId: string): TenantDb => pgTenantDatabase(pool, tenantId);

export const connectPool = (url: string, max: number): pg.Pool => createPool({ url, max, applicationName: 'orders' });
