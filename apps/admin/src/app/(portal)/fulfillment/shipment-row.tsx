import { ActionForm } from '../../../components/action-form.tsx';
import { type FragmentType, graphql, readFragment } from '../../../generated/index.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { queueShipmentAction } from './actions.ts';
import { OrderCell } from './order-cell.tsx';

/**
 * A shipment in the queue. The order's number and email come from orders and the warehouse from
 * inventory, each only for a user who may read those (`$withOrder`, `$withWarehouse`): a reference
 * the user may not resolve would fail the whole page.
 */
export const ShipmentRowFragment = graphql(`
  fragment FulfillmentShipmentRow_shipment on Shipment {
    id
    version
    status
    orderOnHold
    availableActions
    carrier
    service
    trackingNumber
    createdAt
    order {
      id
      displayNumber @include(if: $withOrder)
      email @include(if: $withOrder)
    }
    warehouse @include(if: $withWarehouse) {
      code
      name
    }
    lines {
      quantity
      variant {
        sku
      }
    }
  }
`);

/** What the warehouse does next with a shipment in this list: pack it, ship it, or nothing (shipped). */
export type ShipmentStep = 'pack' | 'ship' | 'shipped';

/** The API's action each step's button performs (shown only while the API offers it). */
const STEP_ACTION = { pack: 'PACK', ship: 'SHIP', shipped: null } as const;

export function ShipmentRow(props: {
  shipment: FragmentType<typeof ShipmentRowFragment>;
  step: ShipmentStep;
  manage: boolean;
  timeZone: string;
}) {
  const shipment = readFragment(ShipmentRowFragment, props.shipment);
  const orderLabel = shipment.order.displayNumber ? `order ${shipment.order.displayNumber}` : 'the order';
  const hidden = { orderId: shipment.order.id, shipmentId: shipment.id, version: shipment.version };
  const step = STEP_ACTION[props.step];
  const offered = step !== null && shipment.availableActions.includes(step);
  return (
    <tr data-testid="queue-shipment">
      <OrderCell order={shipment.order} />
      <td>{shipment.order.email ?? '—'}</td>
      <td>{shipment.warehouse ? <span title={shipment.warehouse.name}>{shipment.warehouse.code}</span> : '—'}</td>
      <td>
        {shipment.lines.map((line) => `${line.quantity} × ${line.variant.sku}`).join(', ')}
        {shipment.orderOnHold ? (
          <>
            {' '}
            <span className="pill low" data-testid="shipment-on-hold" title="Released in the order's holds">
              On hold
            </span>
          </>
        ) : null}
      </td>
      <td>
        {shipment.carrier} {shipment.service ?? ''}
        {shipment.trackingNumber ? (
          <>
            {' '}
            <code>{shipment.trackingNumber}</code>
          </>
        ) : null}
      </td>
      <td>{formatDateTime(shipment.createdAt, props.timeZone)}</td>
      {props.manage && props.step === 'pack' ? (
        <td>
          {offered ? (
            <ActionForm
              inline
              label={`Mark the shipment of ${orderLabel} packed`}
              action={queueShipmentAction}
              submit="Mark packed"
              idPrefix={`pack-${shipment.id}`}
              hidden={{ ...hidden, action: 'pack' }}
              fields={[]}
            />
          ) : null}
        </td>
      ) : null}
      {props.manage && props.step === 'ship' ? (
        <td>
          {offered ? (
            <ActionForm
              inline
              label={`Mark the shipment of ${orderLabel} shipped`}
              action={queueShipmentAction}
              submit="Mark shipped"
              idPrefix={`ship-${shipment.id}`}
              hidden={{ ...hidden, action: 'ship' }}
              fields={[
                {
                  name: 'trackingNumber',
                  label: `Tracking number for ${orderLabel}`,
                  path: 'trackingNumber',
                  // blank: the carrier makes one up (the manual carrier's MAN-…)
                  placeholder: 'Tracking number',
                },
              ]}
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
