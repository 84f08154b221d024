import { CUSTOMER_SCOPES } from '@ucos/kit';
import type { IdentityDatabase } from '../db.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import type { SessionSettings } from './sessions.ts';
import { signAccessToken } from './tokens.ts';
import { checkPerson } from './validation.ts';

export interface CustomerSession {
  customerId: string;
  email: string;
  name: string | null;
  accessToken: string;
  accessTokenExpiresAt: Date;
}

async function customerSession(
  settings: SessionSettings,
  tenantId: string,
  account: { id: string; email: string; name: string | null },
) {
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
    const account = await db.run((tx) =>
      tx.customerAccount.create({
        data: { tenantId: db.tenantId!, email: input.email.trim(), passwordHash, name: input.name?.trim() || null },
        select: { id: true, email: true, name: true },
      }),
    );
    return { ok: true, value: await customerSession(settings, db.tenantId!, account) };
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
  return { ok: true, value: await customerSession(settings, db.tenantId!, account) };
}

export function findCustomer(db: IdentityDatabase, id: string) {
  return db.run((tx) => tx.customerAccount.findFirst({ where: { id }, select: { id: true, email: true, name: true } }));
}
