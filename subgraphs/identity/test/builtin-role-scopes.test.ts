import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLES } from '../src/data/builtin-roles.ts';
import { decodeId, type IdentityHarness, inviteAndAccept, signUp, startIdentity, userAuth } from './harness.ts';

let identity: IdentityHarness;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
});

/**
 * Built-in roles are defined in code: a tenant whose stored copy predates a scope (as every tenant
 * did when a new domain added one) still grants it, in tokens, in the role list and in what its
 * members may hand out, with no migration of every tenant's rows.
 */
describe('built-in roles carry the scopes the code gives them, whatever a tenant stored', () => {
  it('a viewer of a tenant whose stored role lacks finance:read still gets it', async () => {
    const owner = await signUp(identity, 'stale-roles');
    const tenantId = decodeId(owner.session.tenantId);
    const admin = new pg.Client({ connectionString: identity.db.adminUrl });
    await admin.connect();
    try {
      // as written before finance existed
      await admin.query(
        `update identity.roles set scopes = array_remove(scopes, 'finance:read') where tenant_id = $1 and name = 'viewer'`,
        [tenantId],
      );
      const stored = await admin.query<{ scopes: string[] }>(
        `select scopes from identity.roles where tenant_id = $1 and name = 'viewer'`,
        [tenantId],
      );
      expect(stored.rows[0]?.scopes).not.toContain('finance:read');
    } finally {
      await admin.end();
    }

    const viewer = await inviteAndAccept(
      identity,
      userAuth(owner.session),
      'viewer@stale-roles.example',
      ['viewer'],
      'Correct-Horse-42',
    );
    const inCode = BUILTIN_ROLES.find((role) => role.name === 'viewer')!.scopes;
    expect(viewer.scopes).toEqual([...inCode].sort());

    const listed = await identity.call(`{ roles { name builtin scopes } }`, {}, userAuth(owner.session));
    const viewerRole = listed.data?.roles.find((role: { name: string }) => role.name === 'viewer');
    expect(viewerRole.scopes).toContain('finance:read');
  });
});
