import { type AuthContext, hasScope, tenantRequired } from '@ucos/kit';
import type { NotificationsContext } from '../context.ts';
import type { TenantDb } from '../db.ts';

export function dbOf(context: NotificationsContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

/** Templates are tenant settings: `identity:tenant` reads and edits them. */
export const TEMPLATE_EDITORS = { scope: 'identity:tenant' } as const;

/** The log is an audit trail of what the tenant sent: `audit:read`, or whoever edits the templates. */
export const logReaders = (auth: AuthContext) =>
  auth.tenantId !== null && (hasScope(auth, 'audit:read') || hasScope(auth, 'identity:tenant'));
