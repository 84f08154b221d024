import { type AuthContext, hasScope } from '@ucos/kit';

/** Staff (users, partner keys) with the scope; a storefront key or a customer never qualifies. */
export const isStaff = (auth: AuthContext, scope: 'orders:manage' | 'orders:read' = 'orders:manage') =>
  auth.tenantId !== null && (hasScope(auth, scope) || (scope === 'orders:read' && hasScope(auth, 'orders:manage')));

/** The signed-in shopper's customer id (the subject of their customer token), or null. */
export function customerIdOf(auth: AuthContext): string | null {
  return (auth.kind as string) === 'customer' && auth.subject ? auth.subject : null;
}

/**
 * Whose records the caller may act on as a shopper: the signed-in shopper's customer id, or for any
 * other caller a uuid no customer has, so that a shopper's list or lookup finds nothing.
 */
export const ownCustomerId = (auth: AuthContext): string =>
  customerIdOf(auth) ?? '00000000-0000-0000-0000-000000000000';

/**
 * Whose subscriptions (or other records) a mutation may touch: null for staff (any of the shop's),
 * else the caller's own customer id (`ownCustomerId`).
 */
export const ownerUnlessStaff = (auth: AuthContext): string | null => (isStaff(auth) ? null : ownCustomerId(auth));

/**
 * Who may use a cart: staff with orders:manage; its customer; and, for an anonymous cart, whoever
 * holds its id (an unguessable uuid is the capability). A customer's cart is never anonymous-usable.
 */
export function canUseCart(auth: AuthContext, cart: { customerId: string | null }): boolean {
  if (isStaff(auth)) return true;
  if (cart.customerId === null) return auth.tenantId !== null;
  return customerIdOf(auth) === cart.customerId;
}

export function canReadOrder(auth: AuthContext, order: { customerId: string | null }): boolean {
  if (isStaff(auth, 'orders:read')) return true;
  const customer = customerIdOf(auth);
  return customer !== null && customer === order.customerId;
}
