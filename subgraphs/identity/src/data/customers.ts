import { CUSTOMER_SCOPES } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import type { SessionSettings } from './sessions.ts';
import { newRefreshToken, parseRefreshToken, sameHash, signAccessToken } from './tokens.ts';
import { checkPerson } from './validation.ts';

export interface CustomerSession {
  customerId: string;
  email: string;
  name: string | null;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

type Account = { id: string; email: string; name: string | null };

/** A customer access token and a new refresh token (in `familyId`'s rotation chain, or a new one). */
async function issueCustomerSession(
  tx: Tx,
  settings: SessionSettings,
  tenantId: string,
  account: Account,
  familyId: string = crypto.randomUUID(),
): Promise<CustomerSession> {
  const id = crypto.randomUUID();
  const refresh = newRefreshToken(tenantId, id);
  const refreshTokenExpiresAt = new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000);
  await tx.customerRefreshToken.create({
    data: { tenantId, id, familyId, customerId: account.id, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt },
  });
  const access = await signAccessToken(
    settings.signingKey,
    { kind: 'customer', userId: account.id, tenantId, roles: [], scopes: CUSTOMER_SCOPES },
    settings.customerTokenTtlSeconds,
  );
  return {
    customerId: account.id,
    email: account.email,
    name: account.name,
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt,
  };
}

/** A shopper's account in the caller's tenant (the storefront's publishable key chose it). */
export async function registerCustomer(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string; name?: string | null },
): Promise<IdentityResult<CustomerSession>> {
  const errors = checkPerson(input, ['input']);
  if (errors.length) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password, settings.scryptLogN);
  try {
    const session = await db.run(async (tx) => {
      const account = await tx.customerAccount.create({
        data: { tenantId: db.tenantId!, email: input.email.trim(), passwordHash, name: input.name?.trim() || null },
        select: { id: true, email: true, name: true },
      });
      return issueCustomerSession(tx, settings, db.tenantId!, account);
    });
    return { ok: true, value: session };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return identityFail('CUSTOMER_EXISTS', 'An account with this email exists: sign in instead', ['input', 'email']);
    }
    throw error;
  }
}

export async function signInCustomer(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string },
): Promise<IdentityResult<CustomerSession>> {
  const account = await db.run((tx) =>
    tx.customerAccount.findFirst({ where: { email: { equals: input.email.trim(), mode: 'insensitive' } } }),
  );
  const passwordOk = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyAgainstNothing(input.password, settings.scryptLogN);
  if (!account || !passwordOk) return identityFail('INVALID_CREDENTIALS', 'Email or password is wrong');
  return { ok: true, value: await db.run((tx) => issueCustomerSession(tx, settings, db.tenantId!, account)) };
}

const invalidRefresh = () =>
  identityFail('INVALID_REFRESH_TOKEN', 'Refresh token is not valid', ['input', 'refreshToken']);

/**
 * Renews a shopper's session in the caller's shop. Rotation as for staff: a refresh token works
 * once; presenting one that was already rotated means it leaked, so its whole family is revoked.
 */
export async function refreshCustomerSession(
  db: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<IdentityResult<CustomerSession>> {
  const parsed = parseRefreshToken(refreshToken);
  // a token of another shop is as unknown here as a forged one
  if (!parsed || parsed.tenantId !== db.tenantId) return invalidRefresh();
  const result = await db.run(async (tx): Promise<IdentityResult<CustomerSession> | 'reused'> => {
    const row = await tx.customerRefreshToken.findFirst({
      where: { id: parsed.id },
      include: { customer: { select: { id: true, email: true, name: true } } },
    });
    if (!row || !sameHash(row.tokenHash, parsed.hash)) return invalidRefresh();
    if (row.revokedAt) return row.replacedBy ? 'reused' : invalidRefresh();
    if (row.expiresAt.getTime() <= Date.now()) {
      return identityFail('REFRESH_TOKEN_EXPIRED', 'Refresh token expired: sign in again', ['input', 'refreshToken']);
    }
    const next = crypto.randomUUID();
    // Conditional update: of two concurrent refreshes with the same token, exactly one wins.
    const claimed = await tx.customerRefreshToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: new Date(), replacedBy: next },
    });
    if (claimed.count !== 1) return 'reused';
    return { ok: true, value: await issueCustomerSession(tx, settings, parsed.tenantId, row.customer, row.familyId) };
  });
  if (result !== 'reused') return result;
  await revokeCustomerFamily(db, refreshToken);
  return identityFail('REFRESH_TOKEN_REUSED', 'Refresh token was already used: every session of it is revoked', [
    'input',
    'refreshToken',
  ]);
}

/** Sign-out: revokes the token's whole rotation family. False for a token this shop does not know. */
export async function revokeCustomerFamily(db: IdentityDatabase, refreshToken: string): Promise<boolean> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed || parsed.tenantId !== db.tenantId) return false;
  return db.run(async (tx) => {
    const row = await tx.customerRefreshToken.findFirst({ where: { id: parsed.id } });
    if (!row || !sameHash(row.tokenHash, parsed.hash)) return false;
    await tx.customerRefreshToken.updateMany({
      where: { familyId: row.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return true;
  });
}

export function findCustomer(db: IdentityDatabase, id: string) {
  return db.run((tx) => tx.customerAccount.findFirst({ where: { id }, select: { id: true, email: true, name: true } }));
}
