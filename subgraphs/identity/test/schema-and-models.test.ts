import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, TenantDatabase } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { connectIdentityDatabase } from '../src/db.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('identity contract', () => {
  it('matches the committed SDL in schema/identity.graphql', () => {
    const committed = readFileSync(new URL('../../../schema/identity.graphql', import.meta.url), 'utf8');
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(committed);
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'identity', directory: MIGRATIONS }]);
    // as the owner: the service role may not read credential columns (see service-roles.test.ts)
    const connections = connectIdentityDatabase(db.adminUrl, 2);
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'identity');
      expect(tables).toEqual(
        expect.arrayContaining(['tenants', 'roles', 'memberships', 'api_keys', 'feature_flags', 'refresh_tokens']),
      );
      // Every model reads every column it declares: a renamed or missing column fails here.
      const asSomeTenant = new TenantDatabase(connections.prisma, crypto.randomUUID());
      const counts = await asSomeTenant.run(async (tx) => [
        (await tx.tenant.findMany()).length,
        (await tx.user.findMany()).length,
        (await tx.role.findMany()).length,
        (await tx.membership.findMany()).length,
        (await tx.membershipRole.findMany()).length,
        (await tx.refreshToken.findMany()).length,
        (await tx.apiKey.findMany()).length,
        (await tx.featureFlag.findMany()).length,
        (await tx.auditLog.findMany()).length,
      ]);
      expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    } finally {
      await connections.close();
      await db.drop();
    }
  });
});
