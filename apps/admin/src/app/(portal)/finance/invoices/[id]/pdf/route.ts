import { gql } from '../../../../../../lib/gateway.ts';
import { FinanceInvoicePdf } from '../../../documents.ts';

/** The invoice or credit note as the PDF its customer is mailed (one renderer for the mail and the download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const back = `/finance/invoices/${encodeURIComponent(id)}`;
  const { financeInvoicePdf, financeInvoice } = await gql(FinanceInvoicePdf, { id }, back);
  if (!financeInvoicePdf || !financeInvoice) return new Response('Not found', { status: 404 });
  return new Response(Buffer.from(financeInvoicePdf, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${financeInvoice.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
}
