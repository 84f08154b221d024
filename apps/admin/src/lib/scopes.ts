import type { Choice } from '../components/checkbox-group.tsx';

/**
 * Whether the viewer holds a scope, or any of several ('*' = all). The API enforces it anyway;
 * screens only hide.
 */
export const can = (scopes: readonly string[], scope: string | readonly string[]) =>
  scopes.includes('*') || (typeof scope === 'string' ? [scope] : scope).some((one) => scopes.includes(one));

/**
 * Who sees shipments and returns (the work queue, an order's shipments): the API's rule — fulfillment
 * staff, and whoever reads orders, so a read-only viewer sees what waits to ship. There is no
 * separate fulfillment read scope.
 */
export const READ_FULFILLMENT = ['fulfillment:manage', 'orders:read', 'orders:manage'] as const;

/** Headings for a scope's domain (the part before ':'); an unknown domain shows as it is. */
const DOMAINS: Record<string, string> = {
  identity: 'Team and access',
  audit: 'Team and access',
  catalog: 'Catalog',
  inventory: 'Inventory',
  orders: 'Orders and customers',
  fulfillment: 'Fulfilment',
  procurement: 'Procurement',
  finance: 'Finance',
  workflows: 'Workflows',
};
// what storefront keys and shopper tokens carry: they would only confuse a staff role among the rest
const SHOPPER = new Set(['cart:own', 'checkout', 'orders:own']);

function domainOf(scope: string): string {
  if (SHOPPER.has(scope)) return 'Shoppers (storefront)';
  const domain = scope.split(':')[0] ?? scope;
  return DOMAINS[domain] ?? domain;
}

/**
 * Every permission scope as a checkbox grouped by domain; the viewer may only hand out scopes they
 * hold (the API answers SCOPE_NOT_HELD otherwise), so the others are shown but disabled. Scopes a
 * role already has that the list does not name ('*') stay visible under "Other".
 */
export function scopeChoices(
  all: readonly { name: string; description: string }[],
  held: readonly string[],
  current: readonly string[] = [],
): Choice[] {
  const known = new Set(all.map((scope) => scope.name));
  return [
    ...all.map((scope) => ({
      value: scope.name,
      label: scope.name,
      hint: scope.description,
      group: domainOf(scope.name),
      disabled: !can(held, scope.name),
    })),
    ...current
      .filter((scope) => !known.has(scope))
      .map((scope) => ({
        value: scope,
        label: scope,
        hint: scope === '*' ? 'every scope' : 'not a known scope',
        group: 'Other',
        disabled: !held.includes('*'),
      })),
  ].sort((a, b) => order(a.group) - order(b.group));
}

const GROUP_ORDER = [...new Set([...Object.values(DOMAINS), 'Shoppers (storefront)', 'Other'])];
const order = (group: string) => (GROUP_ORDER.includes(group) ? GROUP_ORDER.indexOf(group) : GROUP_ORDER.length);
