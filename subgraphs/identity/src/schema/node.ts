import { addNodeRouter, nodeEntity } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import { findApiKey } from '../data/api-keys.ts';
import { findInvitation } from '../data/invitations.ts';
import { findRole } from '../data/roles.ts';
import { ApiKeyRef } from './api-key.ts';
import { InvitationRef } from './invitation.ts';
import { memberById, UserRef } from './member.ts';
import { RoleRef } from './role.ts';
import { TenantRef, tenantById } from './tenant.ts';

// `node(id:)` / `nodes(ids:)` for the whole supergraph: identity answers its own types, the gateway
// asks the owning subgraph for every other one
const roleById = (id: string, context: IdentityContext) => findRole(context.db, id);
const invitationById = (id: string, context: IdentityContext) => findInvitation(context.db, id);
const apiKeyById = (id: string, context: IdentityContext) => findApiKey(context.db, id);
nodeEntity(builder, RoleRef, 'Role', roleById);
nodeEntity(builder, InvitationRef, 'Invitation', invitationById);
nodeEntity(builder, ApiKeyRef, 'ApiKey', apiKeyById);

addNodeRouter(builder, {
  User: { ref: UserRef, load: memberById },
  Tenant: { ref: TenantRef, load: tenantById },
  Role: { ref: RoleRef, load: roleById },
  Invitation: { ref: InvitationRef, load: invitationById },
  ApiKey: { ref: ApiKeyRef, load: apiKeyById },
});
