import Link from 'next/link';

/** The order a shipment or return belongs to, linked to its page: `#1004`, or "Order" when the user may not read orders. */
export function OrderCell({ order }: { order: { id: string; number?: number | null } }) {
  return (
    <td>
      <Link href={`/orders/${encodeURIComponent(order.id)}`}>{order.number ? `#${order.number}` : 'Order'}</Link>
    </td>
  );
}
