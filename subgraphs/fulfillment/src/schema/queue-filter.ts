import { badUserInput, localUuid } from '@ucos/kit';
import type { ReturnStatus, ShipmentStatus } from '../data/machines.ts';
import type { ReturnQueueFilter, ShipmentQueueFilter } from '../data/queue.ts';

interface FilterInput<Status> {
  statuses?: Status[] | null;
  orderId?: string | null;
  warehouseId?: string | null;
}

/**
 * An id that is not an order's (or a warehouse's) is the caller's mistake, and so is an empty status
 * list: it could only mean "nothing", which nobody asks for on purpose. Both are BAD_USER_INPUT with
 * the filter field at fault.
 */
function statusesOf<Status>(statuses: Status[] | null | undefined): Status[] | null {
  if (statuses == null) return null;
  if (statuses.length === 0) throw badUserInput('Name at least one status, or leave statuses out', statusesField);
  return [...new Set(statuses)];
}
const statusesField = ['filter', 'statuses'];

const idOf = (globalId: string | null | undefined, type: 'Order' | 'Warehouse', field: string) =>
  globalId == null ? null : localUuid(globalId, type, ['filter', field]);

export const shipmentQueueFilter = (input: FilterInput<ShipmentStatus> | null | undefined): ShipmentQueueFilter => ({
  statuses: statusesOf(input?.statuses),
  orderId: idOf(input?.orderId, 'Order', 'orderId'),
  warehouseId: idOf(input?.warehouseId, 'Warehouse', 'warehouseId'),
});

export const returnQueueFilter = (input: FilterInput<ReturnStatus> | null | undefined): ReturnQueueFilter => ({
  statuses: statusesOf(input?.statuses),
  orderId: idOf(input?.orderId, 'Order', 'orderId'),
});
