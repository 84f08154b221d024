import { type AuthContext, hasScope } from '@ucos/kit';
import type { PurchaseOrderStatus } from './rows.ts';

/** The purchase order's states and the moves between them; receiving moves SENT/APPROVED onwards. */
export const PURCHASE_ORDER_TRANSITIONS: Readonly<Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]>> = {
  DRAFT: ['SUBMITTED', 'CANCELLED'],
  SUBMITTED: ['APPROVED', 'DRAFT', 'CANCELLED'],
  APPROVED: ['SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED', 'CLOSED'],
  SENT: ['PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED', 'CLOSED'],
  PARTIALLY_RECEIVED: ['RECEIVED', 'CLOSED'],
  RECEIVED: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

/** Lines can be edited here; once approved an edit is published (`changed`) so inventory re-applies it. */
export const EDITABLE_STATUSES: readonly PurchaseOrderStatus[] = ['DRAFT', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED'];
/** Inventory counts these orders' open quantities as incoming. */
export const APPROVED_STATUSES: readonly PurchaseOrderStatus[] = ['APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED'];

/** Each staff action is the mutation `purchaseOrder<Action>` and moves the order to this state. */
export const PURCHASE_ORDER_ACTIONS = {
  EDIT: null,
  SUBMIT: 'SUBMITTED',
  SEND: 'SENT',
  CANCEL: 'CANCELLED',
  CLOSE: 'CLOSED',
} as const satisfies Record<string, PurchaseOrderStatus | null>;
export type PurchaseOrderAction = keyof typeof PURCHASE_ORDER_ACTIONS;

/** The approval's decision belongs to the workflow engine: its service identity is `workflow:<definition>`. */
export const isWorkflowIdentity = (auth: Pick<AuthContext, 'subject'>) =>
  auth.subject?.startsWith('workflow:') === true;

export interface ActionFacts {
  status: PurchaseOrderStatus;
  /** any quantity received on any line: such an order can be closed, not cancelled */
  anyReceived: boolean;
}

export function canMove(facts: ActionFacts, action: Exclude<PurchaseOrderAction, 'EDIT'>): boolean {
  const target = PURCHASE_ORDER_ACTIONS[action];
  if (!PURCHASE_ORDER_TRANSITIONS[facts.status].includes(target)) return false;
  if (action === 'CANCEL' && facts.anyReceived) return false;
  return true;
}

/** What the caller may do with the order now (none without procurement:manage). */
export function availablePurchaseOrderActions(facts: ActionFacts, auth: AuthContext): PurchaseOrderAction[] {
  if (auth.tenantId === null || !hasScope(auth, 'procurement:manage')) return [];
  return (Object.keys(PURCHASE_ORDER_ACTIONS) as PurchaseOrderAction[]).filter((action) =>
    action === 'EDIT' ? EDITABLE_STATUSES.includes(facts.status) : canMove(facts, action),
  );
}
