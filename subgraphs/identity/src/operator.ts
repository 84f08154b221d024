import pg from 'pg';

/**
 * Operator bootstrap, for `npm start`'s demo tenant only: confirms the pending sign-up of `slug` as
 * its owner would with the mailed link — the account (verified, with the password given at
 * sign-up), its owner membership, the tenant active. It needs an administrative database
 * connection (the one migrations run with), so it is out of reach of the public API and of the
 * service roles. Returns false when `slug` has no pending sign-up.
 */
export async function confirmSignUpAsOperator(adminDatabaseUrl: string, slug: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{
      tenant_id: string;
      invitation_id: string;
      email: string;
      password_hash: string;
      owner_name: string | null;
    }>(
      `select s.tenant_id, s.invitation_id, s.email, s.password_hash, s.owner_name
         from identity.tenant_sign_ups s join identity.tenants t using (tenant_id)
        where t.slug = $1 and s.expires_at > now() for update of s`,
      [slug],
    );
    const signUp = rows[0];
    if (!signUp) {
      await client.query('rollback');
      return false;
    }
    const created = await client.query<{ id: string }>(
      `insert into identity.users (email, password_hash, name, email_verified_at) values ($1, $2, $3, now())
       on conflict (lower(email)) do nothing returning id`,
      [signUp.email, signUp.password_hash, signUp.owner_name],
    );
    const userId =
      created.rows[0]?.id ??
      (
        await client.query<{ id: string }>('select id from identity.users where lower(email) = lower($1)', [
          signUp.email,
        ])
      ).rows[0]!.id;
    await client.query('insert into identity.memberships (tenant_id, user_id) values ($1, $2)', [
      signUp.tenant_id,
      userId,
    ]);
    await client.query(
      `insert into identity.membership_roles (tenant_id, user_id, role_id)
       select $1, $2, id from identity.roles where tenant_id = $1 and name = 'owner'`,
      [signUp.tenant_id, userId],
    );
    await client.query(
      'update identity.invitations set accepted_at = now(), accepted_by = $3 where tenant_id = $1 and id = $2',
      [signUp.tenant_id, signUp.invitation_id, userId],
    );
    await client.query('delete from identity.tenant_sign_ups where tenant_id = $1', [signUp.tenant_id]);
    await client.query('commit');
    return true;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Operator bootstrap, for `npm start`'s demo shopper only: completes the pending storefront
 * registration of `email` at `tenantId` as the shopper would with the mailed link (the account,
 * verified, with the password given when registering). The administrative connection stands in for
 * the mail. Returns whether an account exists for the address afterwards.
 */
export async function confirmCustomerSignUpAsOperator(
  adminDatabaseUrl: string,
  tenantId: string,
  email: string,
): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ id: string }>(
      `update identity.customer_sign_ups set expires_at = greatest(coalesce(expires_at, now()), now() + interval '1 hour')
        where id = (select id from identity.customer_sign_ups
                     where tenant_id = $1 and lower(email) = lower($2) and used_at is null
                     order by created_at desc limit 1)
        returning id`,
      [tenantId, email],
    );
    if (rows[0]) await client.query('select identity.customer_sign_up_complete($1::uuid)', [rows[0].id]);
    const account = await client.query(
      'select 1 from identity.customer_accounts where tenant_id = $1 and lower(email) = lower($2)',
      [tenantId, email],
    );
    await client.query('commit');
    return account.rowCount === 1;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
