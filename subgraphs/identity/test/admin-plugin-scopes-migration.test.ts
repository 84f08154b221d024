import { readFileSync } from 'node:fs';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { decodeId, type IdentityHarness, signUp, startIdentity } from './harness.ts';

let identity: IdentityHarness;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
});

const MIGRATION = readFileSync(new URL('../migrations/0090_admin_plugin_scopes.sql', import.meta.url), 'utf8');

describe('migration 0090: existing tenants’ admin role gains the plugin scopes', () => {
  it('adds them once to the built-in admin role of every tenant, under its own tenant setting', async () => {
    const shops = [await signUp(identity, 'old-shop-one'), await signUp(identity, 'old-shop-two')];
    const client = new pg.Client({ connectionString: identity.db.adminUrl });
    await client.connect();
    try {
      // as a tenant created before the plugins domain: its stored admin role has no plugin scopes
      await client.query(
        `update identity.roles set scopes = array_remove(array_remove(scopes, 'plugins:read'), 'plugins:write')
          where name = 'admin'`,
      );
      await client.query('set role ucos_owner');
      await client.query('set search_path to identity');
      await client.query(MIGRATION);
      await client.query(MIGRATION);
      await client.query('reset role');
      for (const shop of shops) {
        const { rows } = await client.query<{ scopes: string[]; builtin: boolean }>(
          `select scopes, builtin from identity.roles where tenant_id = $1 and name = 'admin'`,
          [decodeId(shop.tenant.id)],
        );
        expect(rows[0]?.scopes.filter((scope) => scope.startsWith('plugins:'))).toEqual([
          'plugins:read',
          'plugins:write',
        ]);
      }
    } finally {
      await client.end();
    }
  });
});
