import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { type RevocationSettings, recordRevokedSessions } from './revocations.ts';
import { parseRefreshToken, sameHash } from './tokens.ts';

/** What rotation needs of a stored refresh token, staff's and shoppers' alike. */
export interface StoredRefreshToken {
  id: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The table a kind of refresh token lives in (staff: refresh_tokens, shoppers: customer_refresh_tokens). */
export interface RefreshTokenTable<Row extends StoredRefreshToken> {
  find(tx: Tx, id: string): Promise<Row | null>;
  /** marks the token rotated unless it already was; false when another request got there first */
  claim(tx: Tx, id: string): Promise<boolean>;
  revokeFamily(tx: Tx, familyId: string): Promise<void>;
}

const FIELD = ['input', 'refreshToken'];
const invalid = () => identityFail('INVALID_REFRESH_TOKEN', 'Refresh token is not valid', FIELD);

/**
 * Rotation: a refresh token works once. Presenting one that was already used means it leaked, so
 * its whole family is revoked and the caller must sign in again. `database` decides the tenant:
 * staff tokens name theirs; a shopper's must belong to the storefront's (`tenantOf` refuses others).
 */
export async function rotateRefreshToken<Row extends StoredRefreshToken, Session>(
  settings: RevocationSettings,
  database: (tenantId: string) => IdentityDatabase | null,
  table: RefreshTokenTable<Row>,
  refreshToken: string,
  issue: (tx: Tx, row: Row, tenantId: string) => Promise<IdentityResult<Session>>,
): Promise<IdentityResult<Session>> {
  const parsed = parseRefreshToken(refreshToken);
  const db = parsed ? database(parsed.tenantId) : null;
  if (!parsed || !db) return invalid();
  const result = await db.run(async (tx): Promise<IdentityResult<Session> | 'reused'> => {
    const row = await table.find(tx, parsed.id);
    if (!row || !sameHash(row.tokenHash, parsed.hash)) return invalid();
    if (row.revokedAt) return 'reused';
    if (row.expiresAt.getTime() <= Date.now()) {
      return identityFail('REFRESH_TOKEN_EXPIRED', 'Refresh token expired: sign in again', FIELD);
    }
    // Conditional update: of two concurrent refreshes with the same token, exactly one wins.
    if (!(await table.claim(tx, row.id))) return 'reused';
    return issue(tx, row, parsed.tenantId);
  });
  if (result !== 'reused') return result;
  await revokeRefreshFamily(settings, database, table, refreshToken);
  return identityFail('REFRESH_TOKEN_REUSED', 'Refresh token was already used: every session of it is revoked', FIELD);
}

/**
 * Sign-out: revokes the token's whole rotation family, and its access tokens at the gateway (the
 * family id is their `sid`). False for a token this caller does not know.
 */
export async function revokeRefreshFamily<Row extends StoredRefreshToken>(
  settings: RevocationSettings,
  database: (tenantId: string) => IdentityDatabase | null,
  table: RefreshTokenTable<Row>,
  refreshToken: string,
): Promise<boolean> {
  const parsed = parseRefreshToken(refreshToken);
  const db = parsed ? database(parsed.tenantId) : null;
  if (!parsed || !db) return false;
  return db.run(async (tx) => {
    const row = await table.find(tx, parsed.id);
    if (!row || !sameHash(row.tokenHash, parsed.hash)) return false;
    await table.revokeFamily(tx, row.familyId);
    await recordRevokedSessions(tx, db.tenantId, settings.revocationTtlSeconds, [row.familyId]);
    return true;
  });
}
