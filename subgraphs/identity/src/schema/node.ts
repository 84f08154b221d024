import { addNodeRouter } from '@ucos/kit';
import { builder } from '../builder.ts';
import { memberById, UserRef } from './member.ts';
import { TenantRef, tenantById } from './tenant.ts';

// `node(id:)` / `nodes(ids:)` for the whole supergraph: identity answers its own types, the gateway
// asks the owning subgraph for every other one
addNodeRouter(builder, {
  User: { ref: UserRef, load: memberById },
  Tenant: { ref: TenantRef, load: tenantById },
});
