import { MembersWithScope } from '@ucos/internal-clients/identity';
import type { InternalClient } from '@ucos/kit';
import type { RecipientDirectory } from './recipients.ts';

/** Recipients from identity: the members whose roles grant a scope (a query: retried, behind a breaker). */
export function identityRecipients(client: InternalClient): RecipientDirectory {
  return {
    async emailsWithScope(tenantId, scope) {
      const { membersWithScope } = await client.request(
        MembersWithScope,
        { scope },
        { caller: 'notifications', tenantId, scopes: ['identity:users'] },
      );
      return membersWithScope.map((member) => member.email);
    },
  };
}
