import { gql } from '../../../lib/gateway.ts';
import { can, READ_FULFILLMENT } from '../../../lib/scopes.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { FulfillmentQueue } from './documents.ts';
import { ReturnQueue } from './return-queue.tsx';
import { ShipmentQueue } from './shipment-queue.tsx';

export const metadata = { title: 'Fulfillment' };

/** How many rows of each step the page shows: a queue is worked from the top (the counts say the rest). */
const PAGE = 50;

export default async function FulfillmentPage() {
  const viewer = await requireViewer('/fulfillment');
  if (!can(viewer.scopes, READ_FULFILLMENT)) {
    return (
      <>
        <h1>Fulfillment</h1>
        <p className="muted" role="note">
          Your role cannot see shipments and returns (it needs fulfillment:manage or orders:read).
        </p>
      </>
    );
  }
  const queue = await gql(
    FulfillmentQueue,
    {
      withOrder: can(viewer.scopes, ['orders:read', 'orders:manage']),
      withWarehouse: can(viewer.scopes, 'inventory:read'),
      first: PAGE,
    },
    '/fulfillment',
  );
  const manage = can(viewer.scopes, 'fulfillment:manage');
  const counts = queue.fulfillmentQueueCounts;
  return (
    <>
      <h1>Fulfillment</h1>
      <p data-testid="queue-counts">
        {counts.pendingShipments} to pack · {counts.packedShipments} to ship · {counts.requestedReturns} return
        {counts.requestedReturns === 1 ? '' : 's'} to approve · {counts.approvedReturns} to receive
      </p>
      {manage ? null : (
        <p className="muted" role="note">
          You can view the queue but not move shipments or returns (your role lacks fulfillment:manage).
        </p>
      )}
      <ShipmentQueue
        timeZone={viewer.tenant.timeZone}
        title="To pack"
        empty="No shipments are waiting to be packed."
        step="pack"
        manage={manage}
        connection={queue.toPack}
      />
      <ShipmentQueue
        timeZone={viewer.tenant.timeZone}
        title="To ship"
        empty="Nothing packed is waiting for the carrier."
        step="ship"
        manage={manage}
        connection={queue.toShip}
      />
      <ShipmentQueue
        timeZone={viewer.tenant.timeZone}
        title="Shipped recently"
        empty="Nothing has shipped yet."
        step="shipped"
        manage={manage}
        connection={queue.shipped}
      />
      <ReturnQueue
        timeZone={viewer.tenant.timeZone}
        title="Returns to approve"
        empty="No returns are waiting for approval."
        step="approve"
        manage={manage}
        connection={queue.toApprove}
      />
      <ReturnQueue
        timeZone={viewer.tenant.timeZone}
        title="Returns to receive"
        empty="No approved returns are on their way back."
        step="receive"
        manage={manage}
        connection={queue.toReceive}
      />
    </>
  );
}
