import { addNodeRouter } from '@ucos/kit';
import { builder } from '../builder.ts';
import { memberById, UserRef } from './member.ts';
import { TenantRef, tenantById } from './tenant.ts';
import './tenant.ts';
import './session.ts';
import './member.ts';
import './invitation.ts';
import './account.ts';
import './role.ts';
import './api-key.ts';
import './feature-flag.ts';
import './audit.ts';
import './customer.ts';
import './viewer.ts';

// `node(id:)` / `nodes(ids:)` for the whole supergraph: identity answers its own types, the gateway
// asks the owning subgraph for every other one
addNodeRouter(builder, {
  User: { ref: UserRef, load: memberById },
  Tenant: { ref: TenantRef, load: tenantById },
});

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
