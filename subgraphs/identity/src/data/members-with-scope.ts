import type { IdentityDatabase } from '../db.ts';

/**
 * The tenant's members whose roles grant `scope` (a role with `*` grants every scope), with their
 * addresses: who receives staff notifications (low stock, approvals, a disabled webhook).
 */
export const memberEmailsWithScope = (db: IdentityDatabase, scope: string) =>
  db.run(async (tx) => {
    const rows = await tx.membership.findMany({
      where: { roles: { some: { role: { OR: [{ scopes: { has: scope } }, { scopes: { has: '*' } }] } } } },
      select: { userId: true, user: { select: { email: true } } },
      orderBy: { userId: 'asc' },
      take: 500,
    });
    return rows.map((row) => ({ userId: row.userId, email: row.user.email }));
  });
