import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('identity contract', () => {
  it('matches the committed SDL in schema/identity.graphql', () => {
    assertCommittedSdl(schema, 'identity');
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'identity',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      // as the owner: the service role may not read credential columns (see service-roles.test.ts)
      asOwner: true,
      tenantTables: [
        'tenants',
        'roles',
        'memberships',
        'api_keys',
        'feature_flags',
        'refresh_tokens',
        'invitations',
        'apps',
        'app_document_versions',
      ],
      models: {
        tenants: (tx) => tx.tenant.findMany(),
        users: (tx) => tx.user.findMany(),
        roles: (tx) => tx.role.findMany(),
        memberships: (tx) => tx.membership.findMany(),
        membership_roles: (tx) => tx.membershipRole.findMany(),
        refresh_tokens: (tx) => tx.refreshToken.findMany(),
        api_keys: (tx) => tx.apiKey.findMany(),
        feature_flags: (tx) => tx.featureFlag.findMany(),
        audit_log: (tx) => tx.auditLog.findMany(),
        invitations: (tx) => tx.invitation.findMany(),
        apps: (tx) => tx.app.findMany(),
        app_document_versions: (tx) => tx.appDocumentVersion.findMany(),
      },
    });
  });
});
