import { CustomerAccounts } from '@ucos/internal-clients/identity';
import { encodeGlobalId, type InternalClient } from '@ucos/kit';

/**
 * Identity owns shoppers' accounts; orders holds their profiles. Whether an id names a shopper of
 * the tenant is identity's to say: no foreign key can, and another tenant's shopper is as unknown
 * as a made-up id.
 */
export interface CustomerAccountsPort {
  exists(tenantId: string, customerId: string): Promise<boolean>;
}

export function identityCustomerAccounts(client: InternalClient): CustomerAccountsPort {
  return {
    async exists(tenantId, customerId) {
      const { _entities } = await client.request(
        CustomerAccounts,
        { representations: [{ __typename: 'CustomerAccount', id: encodeGlobalId('Customer', customerId) }] },
        { caller: 'orders', tenantId, scopes: [] },
      );
      const account = _entities[0];
      return Boolean(account && 'id' in account && account.id);
    },
  };
}
