import { encodeGlobalId, type InternalClient } from '@ucos/kit';

/**
 * Identity owns shoppers' accounts; orders holds their profiles. Whether an id names a shopper of
 * the tenant is identity's to say: no foreign key can, and another tenant's shopper is as unknown
 * as a made-up id.
 */
export interface CustomerAccountsPort {
  exists(tenantId: string, customerId: string): Promise<boolean>;
}

const ACCOUNT = /* GraphQL */ `
  query OrdersCustomerAccount($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on CustomerAccount { id } }
  }`;

export function identityCustomerAccounts(client: InternalClient): CustomerAccountsPort {
  return {
    async exists(tenantId, customerId) {
      const data = await client.request<{ _entities: ({ id: string } | null)[] }>(
        ACCOUNT,
        { representations: [{ __typename: 'CustomerAccount', id: encodeGlobalId('Customer', customerId) }] },
        { caller: 'orders', tenantId, scopes: [] },
      );
      return Boolean(data._entities[0]?.id);
    },
  };
}

/** For tests: the shoppers each tenant has; a tenant not listed has every shopper. */
export class MemoryCustomerAccounts implements CustomerAccountsPort {
  readonly accounts = new Map<string, Set<string>>();

  async exists(tenantId: string, customerId: string) {
    return this.accounts.get(tenantId)?.has(customerId) ?? !this.accounts.has(tenantId);
  }
}
