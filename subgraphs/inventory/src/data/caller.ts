import type { AuthContext } from '@ucos/kit';

/** Who changes stock, recorded on every movement and reservation. */
export interface Caller {
  tenantId: string;
  actorKind: string;
  actorId: string | null;
}

export function callerOf(auth: AuthContext): Caller {
  if (!auth.tenantId) throw new Error('a stock change needs a tenant (the field guards should have refused)');
  return { tenantId: auth.tenantId, actorKind: auth.kind, actorId: auth.subject };
}

/** The sweeper acts for the platform, inside the reservation's tenant. */
export const sweeperCaller = (tenantId: string): Caller => ({
  tenantId,
  actorKind: 'service',
  actorId: 'inventory-sweeper',
});
