import { gql } from '../../../../../../lib/gateway.ts';
import { PurchaseOrderDocument, RenderPurchaseOrderPdf } from '../../../documents.ts';

/**
 * The purchase order as the PDF its supplier is mailed: the same document the `sent` event carries,
 * rendered by the notification tier (one renderer for the mail and the print).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const back = `/procurement/orders/${encodeURIComponent(id)}`;
  const { purchaseOrder: order, procurementSettings } = await gql(PurchaseOrderDocument, { id }, back);
  if (!order) return new Response('Not found', { status: 404 });
  const document = {
    number: order.number,
    buyerName: procurementSettings.buyerName ?? '',
    supplierName: order.supplier.name,
    currency: order.currency,
    expectedAt: order.expectedAt,
    totalAmount: order.total.amount,
    lines: order.lines
      .filter((line) => line.quantity > line.quantityCancelled)
      .map((line) => ({
        sku: line.supplierSku ?? line.sku,
        description: line.description,
        quantity: line.quantity - line.quantityCancelled,
        unitAmount: line.unitCost.amount,
      })),
  };
  const { purchaseOrderPdf } = await gql(RenderPurchaseOrderPdf, { document: JSON.stringify(document) }, back);
  return new Response(Buffer.from(purchaseOrderPdf, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${order.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
}
