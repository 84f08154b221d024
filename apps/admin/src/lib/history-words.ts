/**
 * The API's states, actors and operations in the words a merchant uses: an order's history says
 * "Order placed by a shopper on the storefront", not `∅ → created by publishable_key`. Pure
 * functions (server and client components); a value this file does not know is still shown, made
 * readable ("partially_fulfilled" → "partially fulfilled"), never dropped.
 */

/** `SOME_VALUE`, `some_value` or `someValue` as lower-case words. */
export function plainWords(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

const ORDER_STATUS: Record<string, string> = {
  created: 'placed',
  confirmed: 'confirmed',
  partially_fulfilled: 'partly shipped',
  fulfilled: 'shipped',
  completed: 'completed',
  cancelled: 'cancelled',
};

const PAYMENT_STATUS: Record<string, string> = {
  authorized: 'authorised (not yet charged)',
  captured: 'paid',
  voided: 'voided (never charged)',
  refunded: 'refunded',
  failed: 'failed',
};

/** An order's status as a merchant says it: `CREATED` → "placed", `PARTIALLY_FULFILLED` → "partly shipped". */
export const orderStatusWords = (status: string): string => ORDER_STATUS[status.toLowerCase()] ?? plainWords(status);

/** A payment's status: `CAPTURED` → "paid", `AUTHORIZED` → "authorised (not yet charged)". */
export const paymentStatusWords = (status: string): string =>
  PAYMENT_STATUS[status.toLowerCase()] ?? plainWords(status);

const ACTORS: Record<string, string> = {
  user: 'a staff member',
  customer: 'the shopper',
  api_key: 'an integration (API key)',
  publishable_key: 'a shopper on the storefront',
  service: 'the system',
  anonymous: 'someone not signed in',
};

/** Who did something, from the API's actor kind: `publishable_key` → "a shopper on the storefront". */
export const actorWords = (kind: string): string => ACTORS[kind.toLowerCase()] ?? plainWords(kind);

/** One step of an order's history (`Order.history`): which machine moved, from where, to where, who did it. */
export interface HistoryStep {
  machine: string;
  from?: string | null;
  to: string;
  actorKind: string;
  reason?: string | null;
}

/**
 * A history step as a sentence: "Order placed by a shopper on the storefront", "Order confirmed
 * (was placed) by a staff member"; a payment step says what happened to the money: "Payment taken
 * by a staff member".
 */
export function historyLine(step: HistoryStep): string {
  const machine = step.machine.toLowerCase();
  const who = actorWords(step.actorKind);
  const why = step.reason ? ` — “${step.reason}”` : '';
  if (machine === 'payment') {
    const PAYMENT_EVENT: Record<string, string> = {
      authorized: 'authorised',
      captured: 'taken',
      voided: 'voided',
      refunded: 'refunded',
      failed: 'failed',
    };
    const what = PAYMENT_EVENT[step.to.toLowerCase()] ?? plainWords(step.to);
    return `Payment ${what} by ${who}${why}`;
  }
  if (machine === 'order') {
    const what = orderStatusWords(step.to);
    const was = step.from ? ` (was ${orderStatusWords(step.from)})` : '';
    return `Order ${what}${was} by ${who}${why}`;
  }
  const was = step.from ? ` from ${plainWords(step.from)}` : '';
  return `${plainWords(machine).replace(/^./, (first) => first.toUpperCase())} ${plainWords(step.to)}${was} by ${who}${why}`;
}

const OPERATIONS: Record<string, string> = {
  tenantCreate: 'created the store',
  tenantUpdate: 'changed the store settings',
  sessionCreate: 'signed in',
  sessionRefresh: 'renewed a session',
  sessionRevoke: 'signed out',
  passwordChange: 'changed a password',
  appRegister: 'registered an app',
  appUpdate: 'changed an app',
  appRateLimitTierSet: 'changed an app’s rate-limit tier',
  appArchive: 'archived an app',
  appDocumentsPublish: 'published an app’s documents',
  apiKeyCreate: 'created an API key',
  storefrontKeyCreate: 'created a storefront key',
  apiKeyRevoke: 'revoked a key',
  apiKeyRateLimitTierSet: 'changed a key’s rate-limit tier',
  memberRolesSet: 'changed a user’s roles',
  memberRemove: 'removed a user',
  memberInvite: 'invited a user',
  invitationRevoke: 'revoked an invitation',
  invitationAccept: 'accepted an invitation',
  passwordResetRequest: 'asked for a password reset',
  passwordResetComplete: 'reset a password',
  emailVerify: 'verified an email address',
  roleCreate: 'created a role',
  roleUpdate: 'changed a role',
  roleDelete: 'deleted a role',
  featureFlagSet: 'changed a feature flag',
  featureFlagDelete: 'deleted a feature flag',
};

/** An audited operation (a mutation's name) as words: `apiKeyRevoke` → "revoked an API key". */
export const operationWords = (operation: string): string => OPERATIONS[operation] ?? plainWords(operation);

/** What an audited operation acted on: `ApiKey` → "API key". */
export const targetWords = (targetType: string | null | undefined): string =>
  targetType ? plainWords(targetType).replace(/\bapi\b/g, 'API') : '';

/** An audit entry's outcome: it happened, or it was refused (with the reason's code in words). */
export const outcomeWords = (outcome: string, errorCode?: string | null): string =>
  outcome === 'SUCCESS' ? 'done' : `refused${errorCode ? ` (${plainWords(errorCode)})` : ''}`;
