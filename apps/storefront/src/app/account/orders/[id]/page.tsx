import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { gql } from '../../../../lib/gateway.ts';
import { OrderDetail } from '../documents.ts';

export const metadata = { title: 'Order' };

const STATUS: Record<string, string> = {
  PENDING: 'Being prepared',
  PACKED: 'Packed',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/account/orders/${encodeURIComponent(id)}`;
  const { order } = await gql(OrderDetail, { id }, { as: 'shopper', returnTo: here });
  if (!order) notFound();
  const address = order.shippingAddress;
  return (
    <>
      <p>
        <Link href="/account">← Your orders</Link>
      </p>
      <h1>Order #{order.number}</h1>
      <p className="muted">Placed on {new Date(order.createdAt).toLocaleDateString('en-GB')}</p>
      <p>
        Status: <strong data-testid="order-status">{order.status.toLowerCase().replace('_', ' ')}</strong> · payment{' '}
        {order.paymentStatus.toLowerCase()}
      </p>
      <section aria-labelledby="shipments">
        <h2 id="shipments">Shipments</h2>
        {order.shipments.length === 0 ? <p className="muted">Not shipped yet.</p> : null}
        <ul>
          {order.shipments.map((shipment) => (
            <li key={shipment.id} data-testid="shipment">
              <strong>{STATUS[shipment.status] ?? shipment.status}</strong> — {shipment.carrier}
              {shipment.service ? ` ${shipment.service}` : ''}
              {shipment.trackingNumber ? (
                <>
                  , tracking number <code>{shipment.trackingNumber}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <table className="cart">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Shipped</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.title}</td>
              <td>{line.quantity}</td>
              <td>{line.fulfilledQuantity}</td>
              <td>{formatMoney(line.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>Subtotal</dt>
        <dd>{formatMoney(order.subtotal)}</dd>
        <dt>
          Shipping
          {order.shippingMethod ? (
            <>
              {' '}
              (<span data-testid="order-shipping-method">{order.shippingMethod.name}</span>)
            </>
          ) : null}
        </dt>
        <dd>{formatMoney(order.shipping)}</dd>
        <dt>Tax</dt>
        <dd>{formatMoney(order.tax)}</dd>
        <dt>Total</dt>
        <dd>
          <strong>{formatMoney(order.total)}</strong>
        </dd>
      </dl>
      <h2>Shipping to</h2>
      <address>
        {address.name}
        <br />
        {address.line1}
        {address.line2 ? (
          <>
            <br />
            {address.line2}
          </>
        ) : null}
        <br />
        {address.postalCode} {address.city}, {address.country}
      </address>
    </>
  );
}
