import { tenantRequired } from '@ucos/kit';
import type { WorkflowsContext } from '../context.ts';
import type { TenantDb } from '../db.ts';

/** Who manages the tenant's workflows, their runs and secrets. */
export const manage = { scope: 'workflows:manage' } as const;

/** The tenant's unit of work for a request (a request without a tenant is refused). */
export function dbOf(context: WorkflowsContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}
