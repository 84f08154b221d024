import PDFDocument from 'pdfkit';
import type { TemplateKey } from './defaults.ts';
import { type InvoicePdfDocument, invoicePdf, pdfText } from './invoice-pdf.ts';
import { formatMoney } from './render.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

interface PurchaseOrderData {
  number?: unknown;
  buyerName?: unknown;
  supplierName?: unknown;
  currency?: unknown;
  expectedAt?: unknown;
  totalAmount?: unknown;
  lines?: unknown;
}

/** What a template's mail carries besides its bodies: purchase orders, invoices and credit notes go out as PDFs too. */
export async function attachmentsFor(key: TemplateKey, data: unknown, locale: string): Promise<MailAttachment[]> {
  if (key === 'invoice.issued' || key === 'credit_note.issued') {
    const invoice = (data as { invoice?: InvoicePdfDocument } | null)?.invoice;
    if (!invoice?.number) return [];
    return [
      {
        filename: `${invoice.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
        contentType: 'application/pdf',
        content: await invoicePdf(invoice, locale),
      },
    ];
  }
  if (key !== 'purchase_order.sent') return [];
  const order = ((data as { purchaseOrder?: unknown } | null)?.purchaseOrder ?? {}) as PurchaseOrderData;
  const number = String(order.number ?? 'purchase-order');
  return [
    {
      filename: `${number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
      contentType: 'application/pdf',
      content: await purchaseOrderPdf(order, locale),
    },
  ];
}

/** A one-page purchase order (pdfkit with its built-in Helvetica: nothing is downloaded). */
export function purchaseOrderPdf(order: PurchaseOrderData, locale: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Purchase order ${pdfText(order.number)}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const money = (amount: unknown) => pdfText(formatMoney(amount, order.currency, locale));
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(`Purchase order ${pdfText(order.number)}`);
    doc.moveDown(0.5).font('Helvetica').fontSize(11);
    doc.text(`From: ${pdfText(order.buyerName)}`);
    doc.text(`To: ${pdfText(order.supplierName)}`);
    if (typeof order.expectedAt === 'string' && !Number.isNaN(Date.parse(order.expectedAt))) {
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(order.expectedAt),
      );
      doc.text(`Expected by: ${pdfText(date)}`);
    }
    doc.moveDown();
    const lines = Array.isArray(order.lines) ? (order.lines as Record<string, unknown>[]) : [];
    const top = doc.y;
    doc.font('Helvetica-Bold').text('SKU', 50, top).text('Quantity', 300, top).text('Unit price', 420, top);
    doc.font('Helvetica');
    for (const line of lines) {
      const y = doc.y + 4;
      doc.text(pdfText(line.sku), 50, y).text(pdfText(line.quantity), 300, y).text(money(line.unitAmount), 420, y);
    }
    doc
      .moveDown()
      .font('Helvetica-Bold')
      .text(`Total: ${money(order.totalAmount)}`, 50);
    doc.end();
  });
}
