import { ownerCaller } from './caller.ts';
/**
 * The demo tenant's receiving and bills, through the public API as its owner, so the Receiving and
 * Bills screens and a purchase order's receipts and bills are not empty: on the first sent order, a
 * partial receipt (half of its first line, one unit rejected) and a supplier bill for it at a higher
 * price than ordered, which the three-way match holds. Runs after the procurement demo (which sends
 * the order); whatever exists is kept, so a restart adds nothing. Returns what it did.
 */

/** The held bill's invoice number (the supplier's), so a restart finds it. */
export const DEMO_HELD_INVOICE = 'INV-DEMO-1001';

interface SentOrder {
  id: string;
  number: string;
  receipts: { id: string }[];
  bills: { id: string }[];
  lines: { id: string; quantity: number; quantityReceived: number; unitCost: { amount: number } }[];
}

export async function seedDemoReceiving(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { supplierBills } = await call<{ supplierBills: { totalCount: number } }>(
    '{ supplierBills(first: 1) { totalCount } }',
  );
  if (supplierBills.totalCount > 0) return [];
  const { purchaseOrders } = await call<{ purchaseOrders: { edges: { node: SentOrder }[] } }>(
    `{ purchaseOrders(first: 5, filter: { statuses: [SENT, PARTIALLY_RECEIVED] }) { edges { node {
        id number receipts { id } bills { id } lines { id quantity quantityReceived unitCost { amount } } } } } }`,
  );
  const order = purchaseOrders.edges.map((edge) => edge.node).find((node) => node.lines.length > 0);
  if (!order) return ['no sent purchase order to receive against'];
  const line = order.lines[0] as SentOrder['lines'][number];
  const done: string[] = [];
  let received = line.quantityReceived;
  if (order.receipts.length === 0) {
    const accepted = Math.max(1, Math.floor(line.quantity / 2));
    await call(
      `mutation($input: ReceiptCreateInput!) { receiptCreate(input: $input) { receipt { id } errors { code message } } }`,
      {
        input: {
          purchaseOrderId: order.id,
          lines: [
            {
              purchaseOrderLineId: line.id,
              acceptedQuantity: accepted,
              rejectedQuantity: 1,
              rejectionReason: 'Carton crushed in transit',
            },
          ],
          note: 'Demo: first pallet',
          idempotencyKey: `demo-receipt-${order.id}`,
        },
      },
    );
    received += accepted;
    done.push(`a partial receipt on ${order.number}`);
  }
  // 12 % above the order's price: outside any default tolerance, so the match holds it
  const unitPrice = Math.round(line.unitCost.amount * 1.12) + 1;
  await call(
    `mutation($input: SupplierBillCreateInput!) { supplierBillCreate(input: $input) { bill { id status } errors { code message } } }`,
    {
      input: {
        purchaseOrderId: order.id,
        supplierInvoiceNumber: DEMO_HELD_INVOICE,
        billDate: new Date().toISOString().slice(0, 10),
        lines: [{ purchaseOrderLineId: line.id, quantity: Math.max(1, received), unitPrice }],
        taxAmount: 0,
        freightAmount: 1500,
        note: 'Demo: the supplier billed a surcharge',
        idempotencyKey: `demo-bill-${order.id}`,
      },
    },
  );
  done.push(`a held bill with a price variance on ${order.number}`);
  return done;
}
