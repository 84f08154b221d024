import type { Revocation, RevocationReason } from '@ucos/kit/session-revocation';
import type pg from 'pg';
import type { Tx } from '../db.ts';

export type { Revocation, RevocationReason };

/**
 * A record is kept as long as an access token it concerns can live: the longest access-token
 * lifetime plus the gateway's clock leeway. Older ones are pruned when the tenant writes new ones.
 */
export interface RevocationSettings {
  revocationTtlSeconds: number;
}

const PRUNE_AFTER = "interval '1 hour'";

/** The grants version a new access token of `subjectId` carries (0 until it first changes). */
export async function grantsVersionOf(tx: Tx, subjectId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ version: number }[]>`
    select version from identity.principal_versions where subject_id = ${subjectId}::uuid`;
  return row?.version ?? 0;
}

/** Ends sessions (refresh-token families) of the current tenant at the gateway. */
export async function recordRevokedSessions(
  tx: Tx,
  tenantId: string | null,
  ttlSeconds: number,
  sessionIds: string[],
): Promise<void> {
  if (sessionIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `insert into identity.session_revocations (tenant_id, session_id, reason, expires_at)
     select $3::uuid, id, 'SESSION_REVOKED', now() + make_interval(secs => $2)
       from unnest($1::uuid[]) as id`,
    sessionIds,
    ttlSeconds,
    tenantOf(tenantId),
  );
  await prune(tx);
}

/**
 * Raises the grants version of members (or shoppers) of the current tenant: every access token
 * issued to them before is refused at the gateway with `reason`. Call it in the transaction that
 * changes what their tokens would carry; tokens issued after it commits carry the new version.
 */
export async function bumpGrantsVersions(
  tx: Tx,
  tenantId: string | null,
  ttlSeconds: number,
  subjectIds: string[],
  reason: RevocationReason,
): Promise<void> {
  if (subjectIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `with bumped as (
       insert into identity.principal_versions (tenant_id, subject_id, version)
       select $4::uuid, id, 1 from unnest($1::uuid[]) as id
       on conflict (tenant_id, subject_id) do update set version = principal_versions.version + 1
       returning tenant_id, subject_id, version
     )
     insert into identity.session_revocations (tenant_id, subject_id, version, reason, expires_at)
     select tenant_id, subject_id, version, $2, now() + make_interval(secs => $3) from bumped`,
    [...new Set(subjectIds)],
    reason,
    ttlSeconds,
    tenantOf(tenantId),
  );
  await prune(tx);
}

/** Revocations belong to a tenant: the unit of work's, passed as a parameter like every tenant id. */
function tenantOf(tenantId: string | null): string {
  if (!tenantId) throw new Error('revocations are recorded in a tenant unit of work');
  return tenantId;
}

async function prune(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`delete from identity.session_revocations where expires_at < now() - ${PRUNE_AFTER}`);
}

/**
 * The gateway's feed: records in force written at or after `since` (every tenant's), and the
 * database's time of the answer, which the gateway sends back (minus an overlap) as its next `since`.
 */
export async function revocationsSince(pool: pg.Pool, since: Date): Promise<{ asOf: string; records: Revocation[] }> {
  // now() is the statement's start, never after its snapshot: a record committed later is written
  // after asOf minus the transaction's length, so the gateway's overlap finds it next time
  const { rows } = await pool.query<{
    as_of: Date;
    session_id: string | null;
    tenant_id: string | null;
    subject_id: string | null;
    version: number | null;
    reason: RevocationReason | null;
    expires_at: Date | null;
  }>(
    `select n.as_of, r.* from (select now() as as_of) n
       left join lateral identity.session_revocations_since($1) r on true`,
    [since],
  );
  const records: Revocation[] = [];
  for (const row of rows) {
    if (!row.expires_at || !row.tenant_id || !row.reason) continue;
    const expiresAt = row.expires_at.toISOString();
    if (row.session_id) records.push({ sessionId: row.session_id, expiresAt });
    else if (row.subject_id && row.version !== null) {
      records.push({
        tenantId: row.tenant_id,
        subjectId: row.subject_id,
        version: row.version,
        reason: row.reason,
        expiresAt,
      });
    }
  }
  return { asOf: (rows[0]?.as_of ?? new Date()).toISOString(), records };
}
