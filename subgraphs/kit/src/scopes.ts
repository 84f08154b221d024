/**
 * The platform's permission scopes. Roles bundle them; API keys carry a subset; fields require them.
 * One list, so identity can validate what a role or key asks for and every domain uses the same words.
 */
export const PERMISSION_SCOPES = {
  'identity:users': 'Invite members, change their roles, remove them',
  'identity:roles': 'Create and change roles',
  'identity:api_keys': 'Create and revoke API keys and storefront keys',
  'identity:flags': 'Change feature flags',
  'identity:tenant': 'Change the tenant settings',
  'audit:read': 'Read the audit trail',
  'catalog:browse': 'Read the public catalog: active products and public prices',
  'catalog:read': 'Read products, including drafts',
  'catalog:write': 'Create and change products, categories and prices',
  'inventory:read': 'Read stock levels and movements',
  'inventory:adjust': 'Adjust, transfer and reserve stock',
  'orders:read': 'Read orders and customers',
  'orders:manage': 'Change orders, carts and customers',
  'fulfillment:manage': 'Create and ship shipments, handle returns',
  'procurement:manage': 'Suppliers, purchase orders, receipts',
  'procurement:approve': 'Approve purchase orders',
  'finance:read': 'Read the ledger, invoices and payments',
  'finance:write': 'Post journal entries, record payments',
  'finance:manage': 'Change the chart of accounts and its posting mapping, close and reopen periods',
  'workflows:manage': 'Workflows and webhooks',
  'plugins:read': 'Read plugins, their installations, configuration and call log',
  'plugins:write': 'Upload, install, configure, enable, disable, upgrade and roll back plugins',
  'cart:own': 'A shopper: their own cart',
  checkout: 'A shopper: check out their own cart',
  'orders:own': 'A signed-in shopper: their own orders and account',
} as const;

export type PermissionScope = keyof typeof PERMISSION_SCOPES;

export const isPermissionScope = (scope: string): scope is PermissionScope => scope in PERMISSION_SCOPES;

/** What a storefront publishable key may do: read the public catalog, its own cart, check out. */
export const STOREFRONT_SCOPES: PermissionScope[] = ['catalog:browse', 'cart:own', 'checkout'];

/** What a signed-in shopper's token carries. */
export const CUSTOMER_SCOPES: PermissionScope[] = ['catalog:browse', 'cart:own', 'checkout', 'orders:own'];
