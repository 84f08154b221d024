import { createHash } from 'node:crypto';
import type { IdentityDatabase } from '../db.ts';
import { type IdentityResult, identityFail } from './errors.ts';

/**
 * Brute-force brakes on sign-in (staff and shoppers), kept in identity's database (the
 * `sign_in_failures` table, reachable only through its functions):
 *
 * - per account: `accountFailures` wrong passwords within `windowSeconds` lock the account's
 *   sign-in until that window ends, from every address. The lock does not grow, so an attacker can
 *   keep an owner out for at most one window at a time, and the owner's next success clears it;
 * - per client address: `addressFailures` failures within the window (across accounts) lock that
 *   address for `lockSeconds`, doubling with every further lockout up to `maxLockSeconds`.
 *
 * The account is named by a hash of its email whether or not it exists, so a locked unknown email
 * and a locked real one answer alike, and a refused attempt never reaches the password check.
 */
export interface SignInThrottleSettings {
  windowSeconds: number;
  accountFailures: number;
  addressFailures: number;
  lockSeconds: number;
  maxLockSeconds: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleSettings = {
  windowSeconds: 60,
  accountFailures: 5,
  addressFailures: 20,
  lockSeconds: 60,
  maxLockSeconds: 3600,
};

/** Who is signing in where: staff sign in to the platform, shoppers to one tenant's storefront. */
export interface SignInAttempt {
  audience: 'staff' | { tenantId: string };
  email: string;
  /** the client address the gateway established; null for in-process calls */
  clientAddress: string | null | undefined;
}

interface Buckets {
  account: string;
  address: string | null;
}

function bucketsOf(attempt: SignInAttempt): Buckets {
  const audience = attempt.audience === 'staff' ? 'staff' : `customer:${attempt.audience.tenantId}`;
  const email = attempt.email.trim().toLowerCase();
  const account = `account:${createHash('sha256').update(`${audience}\u0000${email}`).digest('hex')}`;
  return { account, address: attempt.clientAddress ? `address:${attempt.clientAddress}` : null };
}

const listOf = (buckets: Buckets) => [buckets.account, ...(buckets.address ? [buckets.address] : [])];

/**
 * Runs a sign-in under the throttle: refuses at once (TOO_MANY_ATTEMPTS, saying when to come back)
 * while a bucket is locked, counts a failed `attempt` against both buckets, and clears the
 * account's count on success. Only INVALID_CREDENTIALS counts as a guess.
 */
export async function throttledSignIn<T>(
  root: IdentityDatabase,
  settings: SignInThrottleSettings,
  attempt: SignInAttempt,
  signIn: () => Promise<IdentityResult<T>>,
): Promise<IdentityResult<T>> {
  const buckets = bucketsOf(attempt);
  const [wait] = await root.run(
    (tx) => tx.$queryRaw<{ seconds: number }[]>`select identity.sign_in_wait(${listOf(buckets)}::text[]) as seconds`,
  );
  const seconds = Number(wait?.seconds ?? 0);
  if (seconds > 0) {
    return identityFail('TOO_MANY_ATTEMPTS', `Too many sign-in attempts: try again in ${seconds} s`);
  }
  const result = await signIn();
  if (result.ok) {
    await root.run((tx) => tx.$executeRaw`select identity.sign_in_succeeded(${buckets.account})`);
  } else if (result.errors.some((error) => error.code === 'INVALID_CREDENTIALS')) {
    const limits = [settings.accountFailures, ...(buckets.address ? [settings.addressFailures] : [])];
    const grow = [false, ...(buckets.address ? [true] : [])];
    await root.run(
      (tx) => tx.$executeRaw`select identity.sign_in_failed(${listOf(buckets)}::text[], ${limits}::integer[],
        ${grow}::boolean[], ${settings.windowSeconds}::integer, ${settings.lockSeconds}::integer,
        ${settings.maxLockSeconds}::integer)`,
    );
  }
  return result;
}
