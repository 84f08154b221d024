import { createPool, prismaAdapter, TenantDatabase } from '@ucos/kit';
import type pg from 'pg';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;
export type IdentityDatabase = TenantDatabase<Tx>;

export interface IdentityConnections {
  pool: pg.Pool;
  prisma: PrismaClient;
  /** the database as no tenant: sees nothing until `.as(tenantId)` */
  root: IdentityDatabase;
  close(): Promise<void>;
}

/** One pool per process, shared by Prisma (queries) and the kit (audit log, outbox relay). */
export function connectIdentityDatabase(url: string, poolSize: number): IdentityConnections {
  const pool = createPool({ url, max: poolSize, applicationName: 'identity' });
  const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
  return {
    pool,
    prisma,
    root: new TenantDatabase<Tx>(prisma, null),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
