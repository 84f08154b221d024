import { rules, tenantRequired } from '@ucos/kit';
import { z } from 'zod';
import type { ProcurementContext } from '../context.ts';
import type { TenantDb } from '../db.ts';

export const manage = { scope: 'procurement:manage' } as const;
export const approve = { scope: 'procurement:approve' } as const;

export function dbOf(context: ProcurementContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

/** who did it, as the history and the `*_by` columns record it: the staff user or the service */
export const actorOf = (context: ProcurementContext) => context.auth.subject ?? null;

export const percentRule = rules.rule(z.number().min(0).max(1000, 'At most 1000 %'), 'INVALID_INPUT');
