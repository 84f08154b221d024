import Link from 'next/link';

/** The order a shipment or return belongs to, linked to its page: `AC-1004` (the shop's displayed number), or "Order" when the user may not read orders. */
export function OrderCell({ order }: { order: { id: string; displayNumber?: string | null } }) {
  return (
    <td>
      <Link href={`/orders/${encodeURIComponent(order.id)}`}>{order.displayNumber ?? 'Order'}</Link>
    </td>
  );
}
