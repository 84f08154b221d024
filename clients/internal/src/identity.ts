// Calls orders makes to the identity subgraph. Typed against schema/identity.graphql (the subgraph's
// own SDL with federation's _entities: internal calls go straight to the subgraph).
import { graphql } from './generated/identity/gql.ts';

export type * from './generated/identity/graphql.ts';

/** Whether shopper accounts exist for the tenant: null per representation identity does not know. */
export const CustomerAccounts = graphql(`
  query InternalCustomerAccounts($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on CustomerAccount {
        id
      }
    }
  }
`);

/** Calls notifications makes to identity: who holds a scope (the recipients of staff notifications). */
export const MembersWithScope = graphql(`
  query InternalMembersWithScope($scope: String!) {
    membersWithScope(scope: $scope) {
      userId
      email
    }
  }
`);
