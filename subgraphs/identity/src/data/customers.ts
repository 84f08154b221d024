import { CUSTOMER_SCOPES, ok } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { accountTokenHash } from '../mail/tokens.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { hashPassword, passwordWeakness, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import {
  type RefreshTokenTable,
  revokeRefreshFamily,
  rotateRefreshToken,
  type StoredRefreshToken,
} from './refresh-rotation.ts';
import { bumpGrantsVersions, grantsVersionOf } from './revocations.ts';
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
  // a built-in app's documents are the gateway's own: its shoppers' tokens need no app
  const key = settings.viaKeyId
    ? await tx.apiKey.findFirst({
        where: { id: settings.viaKeyId },
        select: { appId: true, app: { select: { builtIn: true } } },
      })
    : null;
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
      appId: key?.app?.builtIn ? null : (key?.appId ?? null),
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

/**
 * A shopper registers at the caller's storefront. The answer and the work are the same for every
 * address (the password is hashed and the registration kept, one outbox event): the mail consumer
 * decides whether the address already has an account here — its owner then hears of the attempt —
 * or gets the link that creates the account (`completeCustomerRegistration`).
 */
export async function registerCustomer(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string; name?: string | null },
): Promise<IdentityResult<true>> {
  const passwordHash = await hashPassword(input.password, settings.scryptLogN);
  const email = input.email.trim();
  return db.tx(async (tx, uow) => {
    const signUpId = crypto.randomUUID();
    await tx.$executeRaw`
      insert into identity.customer_sign_ups (tenant_id, id, email, password_hash, name)
      values (${uow.tenantId}::uuid, ${signUpId}::uuid, ${email}, ${passwordHash}, ${input.name?.trim() || null})`;
    await uow.emit('identity.customer.registration_requested', email.toLowerCase(), { signUpId, email });
    return ok(true as const);
  });
}

const INVALID_LINK = 'This link is not valid: it was used, replaced or has expired';

/**
 * Uses the registration link with the password chosen when registering: the account is created,
 * verified, and signed in. The password proves the link's holder is who registered, so an
 * unsolicited link cannot give the address to whoever started the registration.
 */
export async function completeCustomerRegistration(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { token: string; password: string },
): Promise<IdentityResult<CustomerSession>> {
  const hash = accountTokenHash('customer_sign_up', input.token);
  if (!hash) return identityFail('INVALID_TOKEN', INVALID_LINK, ['input', 'token']);
  const [signUp] = await db.run(
    (tx) => tx.$queryRaw<{ id: string; password_hash: string }[]>`
      select id, password_hash from identity.customer_sign_up_lookup(${hash})`,
  );
  if (!signUp) return identityFail('INVALID_TOKEN', INVALID_LINK, ['input', 'token']);
  if (!(await verifyPassword(input.password, signUp.password_hash))) {
    return identityFail('INVALID_CREDENTIALS', 'Enter the password you chose when you registered', [
      'input',
      'password',
    ]);
  }
  return db.tx(async (tx): Promise<IdentityResult<CustomerSession>> => {
    const [created] = await tx.$queryRaw<{ id: string | null }[]>`
      select identity.customer_sign_up_complete(${signUp.id}::uuid) as id`;
    // used meanwhile, or the address got an account from another registration: sign in instead
    if (!created?.id) return identityFail('INVALID_TOKEN', INVALID_LINK, ['input', 'token']);
    const account = await tx.customerAccount.findFirstOrThrow({
      where: { id: created.id },
      select: { id: true, email: true, name: true },
    });
    return { ok: true, value: await issueCustomerSession(tx, settings, db.tenantId!, account) };
  });
}

/** Asks for a shopper's reset mail at this storefront: the same answer and work for any address. */
export async function requestCustomerPasswordReset(
  db: IdentityDatabase,
  input: { email: string },
): Promise<IdentityResult<true>> {
  const email = input.email.trim();
  return db.tx(async (_tx, uow) => {
    await uow.emit('identity.customer.password_reset_requested', email.toLowerCase(), { email });
    return ok(true as const);
  });
}

/**
 * Sets a shopper's new password with a mailed reset token, and ends every session of theirs: refresh
 * tokens revoked, access tokens refused at the gateway (their grants version is raised).
 */
export async function completeCustomerPasswordReset(
  db: IdentityDatabase,
  settings: SessionSettings,
  input: { token: string; newPassword: string },
): Promise<IdentityResult<true>> {
  const hash = accountTokenHash('customer_reset', input.token);
  if (!hash) return identityFail('INVALID_TOKEN', INVALID_LINK, ['input', 'token']);
  const weakness = passwordWeakness(input.newPassword);
  if (weakness) return identityFail('WEAK_PASSWORD', `Password ${weakness}`, ['input', 'newPassword']);
  const passwordHash = await hashPassword(input.newPassword, settings.scryptLogN);
  const customerId = await db.run(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string | null }[]>`
      select identity.customer_password_reset_complete(${hash}, ${passwordHash}) as id`;
    if (!row?.id) return null;
    await tx.customerRefreshToken.updateMany({
      where: { customerId: row.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await bumpGrantsVersions(tx, db.tenantId, settings.revocationTtlSeconds, [row.id], 'SESSION_REVOKED');
    return row.id;
  });
  return customerId ? { ok: true, value: true } : identityFail('INVALID_TOKEN', INVALID_LINK, ['input', 'token']);
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
