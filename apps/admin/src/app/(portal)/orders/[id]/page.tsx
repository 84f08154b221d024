import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { CustomFieldsPanel } from '../../../../components/custom-fields-panel.tsx';
import { formLayoutOf } from '../../../../components/ui-schema/form-layout.ts';
import { ExtensionPanels } from '../../../../components/ui-schema/panels.tsx';
import type { OrderAction, ReturnAction, ShipmentAction } from '../../../../generated/graphql.ts';
import { customFieldsOnForm } from '../../../../lib/custom-fields.ts';
import { gql } from '../../../../lib/gateway.ts';
import { historyLine, orderStatusWords, paymentStatusWords } from '../../../../lib/history-words.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import {
  createShipment,
  editLine,
  orderAction,
  placeHold,
  releaseHold,
  requestReturn,
  returnAction,
  shipmentAction,
} from '../actions.ts';
import { saveOrderCustomFields } from '../custom-fields-actions.ts';
import { OrderDetail, ShipFrom, ShippingRates } from '../documents.ts';

export const metadata = { title: 'Order' };

/**
 * How each action the API offers is shown: its button and the server action's `action` field. Which
 * actions appear is the API's answer (`availableActions`), never worked out here.
 */
const ORDER_BUTTONS: Record<OrderAction, { action: string; label: string; reason?: boolean }> = {
  CONFIRM: { action: 'confirm', label: 'Confirm order' },
  COMPLETE: { action: 'complete', label: 'Complete order' },
  CAPTURE_PAYMENT: { action: 'capture', label: 'Capture payment' },
  CANCEL: { action: 'cancel', label: 'Cancel order', reason: true },
};
const SHIPMENT_BUTTONS: Record<ShipmentAction, { action: string; label: string; tracking?: boolean }> = {
  PACK: { action: 'pack', label: 'Mark packed' },
  SHIP: { action: 'ship', label: 'Mark shipped', tracking: true },
  DELIVER: { action: 'deliver', label: 'Mark delivered' },
  CANCEL: { action: 'cancel', label: 'Cancel shipment' },
};
const RETURN_BUTTONS: Record<ReturnAction, { action: string; label: string }> = {
  APPROVE: { action: 'approve', label: 'Approve' },
  RECEIVE: { action: 'receive', label: 'Mark received' },
  REFUND: { action: 'refund', label: 'Refund' },
  REJECT: { action: 'reject', label: 'Reject' },
};
/** buttons in the order a person reads them, whatever order the API lists the actions in */
const inOrder = <A extends string>(buttons: Record<A, unknown>, offered: readonly A[]) =>
  (Object.keys(buttons) as A[]).filter((action) => offered.includes(action));

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/orders/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const { order, orderCustomFieldDefinitions } = await gql(OrderDetail, { id }, here);
  if (!order) notFound();
  const base = { orderId: order.id, version: order.version };
  const fulfillment = order.fulfillment;
  const skuOf = new Map(order.lines.map((line) => [line.variant.id, line.sku]));
  const toShip = (fulfillment?.lines ?? []).filter((line) => line.toShipQuantity > 0);
  const returnable = (fulfillment?.lines ?? []).filter((line) => line.returnableQuantity > 0);
  const shippable = fulfillment?.availableActions.includes('CREATE_SHIPMENT') ?? false;
  const returnAllowed = fulfillment?.availableActions.includes('REQUEST_RETURN') ?? false;
  const editableLines = order.lines.filter((line) => line.availableActions.includes('UPDATE'));
  const manageHolds = can(viewer.scopes, 'orders:manage');
  const final = order.status === 'COMPLETED' || order.status === 'CANCELLED';
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  const rates = shippable
    ? (await gql(ShippingRates, { country: order.shippingAddress.country }, here)).shippingRates
    : [];
  const carriers = [...new Set(rates.map((rate) => rate.carrier))];
  // where the parcel leaves from (the queue shows it); only for whoever may read the locations
  const warehouses =
    shippable && can(viewer.scopes, 'inventory:read')
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
        Order {order.displayNumber} for {order.email}
      </h1>
      <p>
        <span className="pill" data-testid="order-status">
          {orderStatusWords(order.status)}
        </span>{' '}
        {order.onHold ? (
          <>
            <span className="pill low" data-testid="order-on-hold">
              on hold
            </span>{' '}
          </>
        ) : null}
        payment {paymentStatusWords(order.paymentStatus)} · {formatMoney(order.total)} · placed {when(order.createdAt)}
      </p>
      {order.shippingMethod ? (
        <p data-testid="order-shipping-method">
          Shipping chosen at checkout: <strong>{order.shippingMethod.name}</strong> (
          {formatMoney(order.shippingMethod.price)})
        </p>
      ) : null}
      {order.availableActions.length ? (
        <div className="row">
          {inOrder(ORDER_BUTTONS, order.availableActions).map((offered) => {
            const button = ORDER_BUTTONS[offered];
            return (
              <ActionForm
                key={offered}
                label={button.label}
                action={orderAction}
                submit={button.label}
                hidden={{ ...base, action: button.action }}
                fields={button.reason ? [{ name: 'reason', label: 'Reason' }] : []}
                danger={
                  offered === 'CANCEL'
                    ? {
                        title: `Cancel order ${order.displayNumber}?`,
                        consequences: (
                          <p>
                            The order stops: its reserved stock is released and the payment authorization is voided
                            (nothing is charged). The shopper is told. A cancelled order cannot be reopened.
                          </p>
                        ),
                        confirmLabel: 'Yes, cancel order',
                        keepLabel: 'Keep order',
                      }
                    : undefined
                }
              />
            );
          })}
        </div>
      ) : null}
      {order.holds.length || (manageHolds && !final) ? (
        <section className="card" aria-labelledby="holds" data-testid="order-holds">
          <h2 id="holds">Holds</h2>
          {order.onHold ? (
            <p className="muted">
              While a hold is open the order is not confirmed, captured, completed or shipped. It can still be
              cancelled.
            </p>
          ) : null}
          {order.holds.length ? (
            <ul>
              {order.holds.map((hold) => (
                <li key={hold.id} data-testid="order-hold">
                  <strong>{hold.reason}</strong> · {hold.source} · placed {when(hold.placedAt)}
                  {hold.placedBy ? ` by ${hold.placedBy}` : ''}
                  {hold.open ? (
                    <>
                      {' '}
                      <span className="pill low">open</span>
                      {manageHolds ? (
                        <ActionForm
                          label={`Release hold: ${hold.reason}`}
                          action={releaseHold}
                          submit="Release hold"
                          idPrefix={`release-${hold.id}`}
                          hidden={{ orderId: order.id, holdId: hold.id }}
                          fields={[{ name: 'note', label: 'Note' }]}
                        />
                      ) : null}
                    </>
                  ) : (
                    <>
                      {' '}
                      · released {hold.releasedAt ? when(hold.releasedAt) : ''}
                      {hold.releasedBy ? ` by ${hold.releasedBy}` : ''}
                      {hold.releaseNote ? ` (${hold.releaseNote})` : ''}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {manageHolds && !final ? (
            <ActionForm
              label="Put the order on hold"
              action={placeHold}
              submit="Place hold"
              idPrefix="hold"
              hidden={{ orderId: order.id }}
              fields={[{ name: 'reason', label: 'Reason', required: true }]}
            />
          ) : null}
        </section>
      ) : null}
      <h2 id="order-lines">Lines</h2>
      <table aria-labelledby="order-lines">
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
              <td>
                {line.title}
                {line.adjustments.map((adjustment) => (
                  <span key={adjustment.reason} className="muted" data-testid="order-line-adjustment">
                    <br />
                    {adjustment.reason} ({formatMoney(adjustment.amount)})
                  </span>
                ))}
              </td>
              <td>{formatMoney(line.unitPrice)}</td>
              <td>{line.quantity}</td>
              <td>{line.fulfilledQuantity}</td>
              <td>
                {formatMoney(line.total)}
                {line.discount.amount > 0 ? (
                  <span className="muted">
                    <br />−{formatMoney(line.discount)}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot data-testid="order-totals">
          {(
            [
              ['Subtotal', order.subtotal],
              // what promotions and price plugins took off: total = subtotal − discount + shipping (+ tax)
              ...(order.discount.amount > 0
                ? ([['Discount', { ...order.discount, amount: -order.discount.amount }]] as const)
                : []),
              ['Shipping', order.shipping],
              ['Tax', order.tax],
              ['Total', order.total],
              // an order a gift card paid (part of): who paid what
              ...(order.giftCardAmount.amount > 0
                ? ([
                    ['Paid by gift card', order.giftCardAmount],
                    ['Paid by payment method', order.paymentAmount],
                  ] as const)
                : []),
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
      {order.appliedPromotions.length ? (
        <p className="muted" data-testid="order-promotions">
          Placed with: {order.appliedPromotions.map((promotion) => promotion.explanation).join('; ')}
        </p>
      ) : null}
      {editableLines.length ? (
        <section className="card" aria-labelledby="change-line">
          <h2 id="change-line">Change a line</h2>
          <p className="muted">
            Before anything ships, a line can be lowered or removed; the totals are recomputed and the freed stock
            released; a payment already captured is refunded the difference. Raising a quantity would need a new payment
            authorisation: place a new order instead.
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
            {shipment.orderOnHold ? <span className="pill low">On hold</span> : null}
          </p>
          {shipment.availableActions.length ? (
            <div className="row">
              {inOrder(SHIPMENT_BUTTONS, shipment.availableActions).map((offered) => {
                const button = SHIPMENT_BUTTONS[offered];
                return (
                  <ActionForm
                    key={offered}
                    label={button.label}
                    action={shipmentAction}
                    submit={button.label}
                    hidden={{
                      orderId: order.id,
                      shipmentId: shipment.id,
                      version: shipment.version,
                      action: button.action,
                    }}
                    fields={
                      button.tracking
                        ? [{ name: 'trackingNumber', label: 'Tracking number', path: 'trackingNumber' }]
                        : []
                    }
                    danger={
                      offered === 'CANCEL'
                        ? {
                            title: 'Cancel this shipment?',
                            consequences: (
                              <p>Its lines go back to “to ship”; a parcel already handed over is not recalled.</p>
                            ),
                            confirmLabel: 'Yes, cancel shipment',
                            keepLabel: 'Keep shipment',
                          }
                        : undefined
                    }
                  />
                );
              })}
            </div>
          ) : null}
        </div>
      ))}
      {shippable ? (
        <section className="card">
          <h2>Create a shipment</h2>
          <p>
            {toShip
              .map((line) => `${line.toShipQuantity} × ${skuOf.get(line.variant.id) ?? line.variant.id}`)
              .join(', ')}
          </p>
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
            {toShip.map((line) => (
              <input
                key={line.variant.id}
                type="hidden"
                name="line"
                value={`${line.variant.id}|${line.toShipQuantity}`}
              />
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
          {item.availableActions.length ? (
            <div className="row">
              {inOrder(RETURN_BUTTONS, item.availableActions).map((offered) => {
                const button = RETURN_BUTTONS[offered];
                return (
                  <ActionForm
                    key={offered}
                    label={button.label}
                    action={returnAction}
                    submit={button.label}
                    hidden={{ orderId: order.id, returnId: item.id, version: item.version, action: button.action }}
                    fields={[]}
                  />
                );
              })}
            </div>
          ) : null}
        </div>
      ))}
      {returnAllowed ? (
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
                options: returnable.map((line) => ({
                  value: line.variant.id,
                  label: `${skuOf.get(line.variant.id) ?? line.variant.id} (up to ${line.returnableQuantity})`,
                })),
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
            {when(step.occurredAt)} — {historyLine(step)}
          </li>
        ))}
      </ol>
      <h2>Ship to</h2>
      <address>
        {order.shippingAddress.name}, {order.shippingAddress.line1}, {order.shippingAddress.postalCode}{' '}
        {order.shippingAddress.city}, {order.shippingAddress.country}
      </address>
      <CustomFieldsPanel
        fields={customFieldsOnForm(orderCustomFieldDefinitions, order.customFields)}
        entity="orders"
        write={can(viewer.scopes, 'orders:manage')}
        action={saveOrderCustomFields}
        hidden={base}
        layout={await formLayoutOf('ORDER_FORM', viewer, here)}
      />
      <ExtensionPanels
        point="ORDER_PANEL"
        viewer={viewer}
        host={{ data: { order }, id: order.id, version: order.version, returnTo: here }}
      />
    </>
  );
}
