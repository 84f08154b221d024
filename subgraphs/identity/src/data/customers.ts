import { CUSTOMER_SCOPES } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import {
  type RefreshTokenTable,
  revokeRefreshFamily,
  rotateRefreshToken,
  type StoredRefreshToken,
} from './refresh-rotation.ts';
import { grantsVersionOf } from './revocations.ts';
import type { SessionSettings } from './sessions.ts';
import { throttledSignIn } from './sign-in-throttle.ts';
import { newRefreshToken, signAccessToken } from './tokens.ts';

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
  const grantsVersion = await grantsVersionOf(tx, account.id);
  const access = await signAccessToken(
    settings.signingKey,
    {
      kind: 'customer',
      userId: account.id,
      tenantId,
      roles: [],
      scopes: CUSTOMER_SCOPES,
      sessionId: familyId,
      grantsVersion,
    },
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

/** A shopper's sign-in, throttled per account (in this storefront's tenant) and per client address. */
export function signInCustomer(
  db: IdentityDatabase,
  root: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string },
  clientAddress?: string | null,
): Promise<IdentityResult<CustomerSession>> {
  const audience = { tenantId: db.tenantId ?? 'none' };
  return throttledSignIn(root, settings.signInThrottle, { audience, email: input.email, clientAddress }, () =>
    checkCustomerPassword(db, settings, input),
  );
}

async function checkCustomerPassword(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string },
): Promise<IdentityResult<CustomerSession>> {
  // the service role cannot read password hashes: the sign-in step's function returns this one
  const [account] = await db.run(
    (tx) => tx.$queryRaw<(Account & { passwordHash: string })[]>`
      select id, email, name, password_hash as "passwordHash" from identity.customer_login_lookup(${input.email.trim()})`,
  );
  const passwordOk = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyAgainstNothing(input.password, settings.scryptLogN);
  if (!account || !passwordOk) return identityFail('INVALID_CREDENTIALS', 'Email or password is wrong');
  return { ok: true, value: await db.run((tx) => issueCustomerSession(tx, settings, db.tenantId!, account)) };
}

/** Shoppers' refresh tokens (customer_refresh_tokens): rotated and revoked by the shared rules. */
const SHOPPER_TOKENS: RefreshTokenTable<StoredRefreshToken & { customer: Account }> = {
  find: (tx, id) =>
    tx.customerRefreshToken.findFirst({
      where: { id },
      include: { customer: { select: { id: true, email: true, name: true } } },
    }),
  claim: async (tx, id) =>
    (
      await tx.customerRefreshToken.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: new Date(), replacedBy: crypto.randomUUID() },
      })
    ).count === 1,
  revokeFamily: async (tx, familyId) => {
    await tx.customerRefreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  },
};

/** A shopper's token works only at a storefront of its own shop: another shop's is unknown there. */
const shopDatabase = (db: IdentityDatabase) => (tenantId: string) => (tenantId === db.tenantId ? db : null);

/** Renews a shopper's session in the caller's shop (see `rotateRefreshToken`). */
export function refreshCustomerSession(
  db: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<IdentityResult<CustomerSession>> {
  return rotateRefreshToken(settings, shopDatabase(db), SHOPPER_TOKENS, refreshToken, async (tx, row, tenantId) => ({
    ok: true,
    value: await issueCustomerSession(tx, settings, tenantId, row.customer, row.familyId),
  }));
}

/** A shopper signs out: revokes the token's whole rotation family. False for a token this shop does not know. */
export function revokeCustomerFamily(
  db: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<boolean> {
  return revokeRefreshFamily(settings, shopDatabase(db), SHOPPER_TOKENS, refreshToken);
}

export function findCustomer(db: IdentityDatabase, id: string) {
  return db.run((tx) => tx.customerAccount.findFirst({ where: { id }, select: { id: true, email: true, name: true } }));
}
