import { withTenantClient } from '@ucos/kit';
import type pg from 'pg';
import type { Tx } from '../db.ts';

/**
 * Deletes the pending tenants whose owner never confirmed within the sign-up's time (their slugs
 * are free again) and stale shopper registrations. Runs every SIGN_UP_SWEEP_SECONDS; a sign-up of
 * an expired tenant's slug does not wait for it (see `releaseExpiredSlug`).
 */
export async function sweepExpiredSignUps(pool: pg.Pool): Promise<number> {
  return withTenantClient(pool, null, async (client) => {
    const { rows } = await client.query<{ count: number }>('select identity.sign_ups_expire(null) as count');
    return rows[0]?.count ?? 0;
  });
}

/** Frees `slug` if it belongs to a pending tenant whose sign-up expired. */
export async function releaseExpiredSlug(tx: Tx, slug: string): Promise<void> {
  await tx.$queryRaw`select identity.sign_ups_expire(${slug})`;
}

/** Whether the current tenant is still waiting for its owner (a sign-up not confirmed yet), and whether its time ran out. */
export async function pendingSignUp(tx: Tx): Promise<{ invitationId: string; expired: boolean } | null> {
  const [row] = await tx.$queryRaw<{ invitation_id: string; expired: boolean }[]>`
    select invitation_id, expires_at <= now() as expired from identity.tenant_sign_ups`;
  return row ? { invitationId: row.invitation_id, expired: row.expired } : null;
}
