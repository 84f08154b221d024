import { rules, tenantRequired } from '@ucos/kit';
import { z } from 'zod';
import type { ProcurementContext } from '../context.ts';
import type { TenantDb } from '../db.ts';

export const manage = { scope: 'procurement:manage' } as const;
export const approve = { scope: 'procurement:approve' } as const;

/**
 * The caller's tenant database. Its plain reads share the request's one read transaction (the kit's
 * `RequestReads`): a page of orders with its count, lines and suppliers pays one pool checkout,
 * `begin` and `commit` instead of one per loader batch — the round trips, not the statements, were
 * most of the list's cost. Writes (`tx`) keep their own transaction.
 */
export function dbOf(context: ProcurementContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId).readingThrough(context.reads);
}

/** who did it, as the history and the `*_by` columns record it: the staff user or the service */
export const actorOf = (context: ProcurementContext) => context.auth.subject ?? null;

export const percentRule = rules.rule(z.number().min(0).max(1000, 'At most 1000 %'), 'INVALID_INPUT');
