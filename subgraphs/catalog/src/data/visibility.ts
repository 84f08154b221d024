/** What storefront callers (no catalog:read) may see of products: only ACTIVE ones. `p` is the products alias. */
export const visibleTo = (activeOnly: boolean) => (activeOnly ? `p.status = 'ACTIVE'` : 'true');
