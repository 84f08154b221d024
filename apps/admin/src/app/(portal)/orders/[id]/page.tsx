import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createShipment, editLine, orderAction, requestReturn, returnAction, shipmentAction } from '../actions.ts';
import { OrderDetail, ShipFrom, ShippingRates } from '../documents.ts';

export const metadata = { title: 'Order' };

/** Which order transitions make sense from a status (the API's state machine is the judge). */
const ORDER_ACTIONS: Record<string, { action: string; label: string }[]> = {
  CREATED: [{ action: 'confirm', label: 'Confirm order' }],
  CONFIRMED: [],
  FULFILLED: [{ action: 'complete', label: 'Complete order' }],
};
const SHIPMENT_ACTIONS: Record<string, { action: string; label: string }[]> = {
  PENDING: [
    { action: 'pack', label: 'Mark packed' },
    { action: 'cancel', label: 'Cancel shipment' },
  ],
  SHIPPED: [{ action: 'deliver', label: 'Mark delivered' }],
};
/** The API edits lines of orders in these states only, and only lines nothing of has shipped. */
const EDITABLE = ['CREATED', 'CONFIRMED'];

const RETURN_ACTIONS: Record<string, { action: string; label: string }[]> = {
  REQUESTED: [
    { action: 'approve', label: 'Approve' },
    { action: 'reject', label: 'Reject' },
  ],
  APPROVED: [{ action: 'receive', label: 'Mark received' }],
  RECEIVED: [{ action: 'refund', label: 'Refund' }],
};

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/orders/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const { order } = await gql(OrderDetail, { id }, here);
  if (!order) notFound();
  const manage = can(viewer.scopes, 'orders:manage');
  const fulfil = can(viewer.scopes, 'fulfillment:manage');
  const base = { orderId: order.id, version: order.version };
  const shipped = new Map<string, number>();
  for (const shipment of order.shipments) {
    if (shipment.status === 'CANCELLED') continue;
    for (const line of shipment.lines)
      shipped.set(line.variant.id, (shipped.get(line.variant.id) ?? 0) + line.quantity);
  }
  const toShip = order.lines
    .map((line) => ({ line, remaining: line.quantity - (shipped.get(line.variant.id) ?? 0) }))
    .filter(({ remaining }) => remaining > 0);
  const shippable = ['CONFIRMED', 'PARTIALLY_FULFILLED'].includes(order.status);
  const editableLines =
    manage && EDITABLE.includes(order.status) ? order.lines.filter((line) => line.fulfilledQuantity === 0) : [];
  const rates =
    fulfil && shippable
      ? (await gql(ShippingRates, { country: order.shippingAddress.country }, here)).shippingRates
      : [];
  const carriers = [...new Set(rates.map((rate) => rate.carrier))];
  // where the parcel leaves from (the queue shows it); only for whoever may read the locations
  const warehouses =
    fulfil && shippable && can(viewer.scopes, 'inventory:read')
      ? (await gql(ShipFrom, {}, here)).warehouses.edges.map(({ node }) => ({
          value: node.id,
          label: `${node.code} — ${node.name}`,
        }))
      : [];
  return (
    <>
      <p>
        <Link href="/orders">← Orders</Link>
      </p>
      <h1>
        Order #{order.number} for {order.email}
      </h1>
      <p>
        <span className="pill" data-testid="order-status">
          {order.status.toLowerCase().replace('_', ' ')}
        </span>{' '}
        payment {order.paymentStatus.toLowerCase()} · {formatMoney(order.total)} · placed{' '}
        {new Date(order.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })}
      </p>
      {order.shippingMethod ? (
        <p data-testid="order-shipping-method">
          Shipping chosen at checkout: <strong>{order.shippingMethod.name}</strong> (
          {formatMoney(order.shippingMethod.price)})
        </p>
      ) : null}
      {manage ? (
        <div className="row">
          {(ORDER_ACTIONS[order.status] ?? []).map((item) => (
            <ActionForm
              key={item.action}
              label={item.label}
              action={orderAction}
              submit={item.label}
              hidden={{ ...base, action: item.action }}
              fields={[]}
            />
          ))}
          {order.paymentStatus === 'AUTHORIZED' ? (
            <ActionForm
              label="Capture payment"
              action={orderAction}
              submit="Capture payment"
              hidden={{ ...base, action: 'capture' }}
              fields={[]}
            />
          ) : null}
          {['CREATED', 'CONFIRMED'].includes(order.status) ? (
            <ActionForm
              label="Cancel order"
              action={orderAction}
              submit="Cancel order"
              hidden={{ ...base, action: 'cancel' }}
              fields={[{ name: 'reason', label: 'Reason' }]}
            />
          ) : null}
        </div>
      ) : null}
      <h2>Lines</h2>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Item</th>
            <th>Unit price</th>
            <th>Ordered</th>
            <th>Fulfilled</th>
            <th>Total</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>
                <code>{line.sku}</code>
              </td>
              <td>{line.title}</td>
              <td>{formatMoney(line.unitPrice)}</td>
              <td>{line.quantity}</td>
              <td>{line.fulfilledQuantity}</td>
              <td>{formatMoney(line.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot data-testid="order-totals">
          {(
            [
              ['Subtotal', order.subtotal],
              ['Shipping', order.shipping],
              ['Tax', order.tax],
              ['Total', order.total],
            ] as const
          ).map(([label, money]) => (
            <tr key={label}>
              <th colSpan={5} scope="row" style={{ textAlign: 'right' }}>
                {label}
              </th>
              <td>{label === 'Total' ? <strong>{formatMoney(money)}</strong> : formatMoney(money)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
      {editableLines.length ? (
        <section className="card" aria-labelledby="change-line">
          <h2 id="change-line">Change a line</h2>
          <p className="muted">
            Before anything ships, a line can be lowered or removed; the totals are recomputed and the freed stock
            released. Raising a quantity would need a new payment authorisation: place a new order instead.
          </p>
          <ActionForm
            label="Change a line"
            action={editLine}
            submit="Change line"
            idPrefix="line"
            hidden={base}
            fields={[
              {
                name: 'variantId',
                label: 'Line',
                options: editableLines.map((line) => ({
                  value: line.variant.id,
                  label: `${line.sku} — ${line.title} (now ${line.quantity})`,
                })),
              },
              { name: 'quantity', label: 'New quantity (0 removes the line)', type: 'number', required: true },
            ]}
          />
        </section>
      ) : null}
      <h2>Shipments</h2>
      {order.shipments.length === 0 ? <p className="muted">No shipments yet.</p> : null}
      {order.shipments.map((shipment) => (
        <div className="card" key={shipment.id} data-testid="shipment">
          <p>
            <strong>{shipment.status.toLowerCase()}</strong> · {shipment.carrier} {shipment.service ?? ''}{' '}
            {shipment.trackingNumber ? <code>{shipment.trackingNumber}</code> : null}
          </p>
          {fulfil ? (
            <div className="row">
              {(SHIPMENT_ACTIONS[shipment.status] ?? []).map((item) => (
                <ActionForm
                  key={item.action}
                  label={item.label}
                  action={shipmentAction}
                  submit={item.label}
                  hidden={{
                    orderId: order.id,
                    shipmentId: shipment.id,
                    version: shipment.version,
                    action: item.action,
                  }}
                  fields={[]}
                />
              ))}
              {shipment.status === 'PACKED' ? (
                <ActionForm
                  label="Mark shipped"
                  action={shipmentAction}
                  submit="Mark shipped"
                  hidden={{ orderId: order.id, shipmentId: shipment.id, version: shipment.version, action: 'ship' }}
                  fields={[{ name: 'trackingNumber', label: 'Tracking number', path: 'trackingNumber' }]}
                />
              ) : null}
            </div>
          ) : null}
        </div>
      ))}
      {fulfil && shippable && toShip.length ? (
        <section className="card">
          <h2>Create a shipment</h2>
          <p>{toShip.map(({ line, remaining }) => `${remaining} × ${line.sku}`).join(', ')}</p>
          <ActionForm
            label="Create a shipment"
            action={createShipment}
            submit="Create shipment"
            hidden={{ orderId: order.id }}
            fields={[
              ...(warehouses.length ? [{ name: 'warehouseId', label: 'Ships from', options: warehouses }] : []),
              {
                name: 'carrier',
                label: 'Carrier',
                options: carriers.map((carrier) => ({ value: carrier, label: carrier })),
              },
              {
                name: 'service',
                label: 'Service',
                // the service the shopper paid for comes first (fulfillment also defaults to it)
                defaultValue: order.shippingMethod?.code ?? null,
                options: rates.map((rate) => ({
                  value: rate.service,
                  label: `${rate.service} (${rate.estimatedDays} days)`,
                })),
              },
            ]}
          >
            {toShip.map(({ line, remaining }) => (
              <input key={line.id} type="hidden" name="line" value={`${line.variant.id}|${remaining}`} />
            ))}
          </ActionForm>
        </section>
      ) : null}
      <h2>Returns</h2>
      {order.returns.length === 0 ? <p className="muted">No returns.</p> : null}
      {order.returns.map((item) => (
        <div className="card" key={item.id}>
          <p>
            <strong>{item.status.toLowerCase()}</strong> · {item.lines.reduce((sum, line) => sum + line.quantity, 0)}{' '}
            items · {item.reason ?? ''}
          </p>
          {fulfil ? (
            <div className="row">
              {(RETURN_ACTIONS[item.status] ?? []).map((next) => (
                <ActionForm
                  key={next.action}
                  label={next.label}
                  action={returnAction}
                  submit={next.label}
                  hidden={{ orderId: order.id, returnId: item.id, version: item.version, action: next.action }}
                  fields={[]}
                />
              ))}
            </div>
          ) : null}
        </div>
      ))}
      {fulfil && order.lines.some((line) => line.fulfilledQuantity > 0) ? (
        <section className="card">
          <h2>Request a return</h2>
          <ActionForm
            label="Request a return"
            action={requestReturn}
            submit="Request return"
            hidden={{ orderId: order.id }}
            fields={[
              {
                name: 'variantId',
                label: 'Item',
                options: order.lines
                  .filter((line) => line.fulfilledQuantity > 0)
                  .map((line) => ({ value: line.variant.id, label: line.sku })),
              },
              { name: 'quantity', label: 'Quantity', type: 'number', defaultValue: 1, path: 'lines.0.quantity' },
              { name: 'reason', label: 'Reason' },
            ]}
          />
        </section>
      ) : null}
      <h2>History</h2>
      <ol>
        {order.history.map((step) => (
          <li key={`${step.machine}-${step.to}-${step.occurredAt}`}>
            {new Date(step.occurredAt).toLocaleString('en-GB', { timeZone: 'UTC' })} — {step.machine}:{' '}
            {step.from ?? '∅'} → {step.to} by {step.actorKind}
            {step.reason ? ` (${step.reason})` : ''}
          </li>
        ))}
      </ol>
      <h2>Ship to</h2>
      <address>
        {order.shippingAddress.name}, {order.shippingAddress.line1}, {order.shippingAddress.postalCode}{' '}
        {order.shippingAddress.city}, {order.shippingAddress.country}
      </address>
    </>
  );
}
