import PDFDocument from 'pdfkit';
import { formatMoney } from './render.ts';

/**
 * The one renderer of customer invoices and credit notes: finance's `financeInvoicePdf` (the admin's
 * download) and the `invoice.issued` / `credit_note.issued` mail attachments both call it with the
 * document finance issued (`InvoiceDocument` in finance's event catalogue), so the PDF a customer is
 * mailed and the one the admin downloads are the same.
 */
export interface InvoicePdfDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  creditedInvoiceNumber: string | null;
  reason: string | null;
  orderNumber: number;
  /** the order number with the shop's prefix (AC-1001); absent on documents of orders from before prefixes */
  orderDisplayNumber?: string | null;
  currency: string;
  issueDate: string;
  dueDate: string;
  seller: { name: string; legalName: string; address: string; taxId: string };
  buyer: {
    name: string;
    email: string;
    /** the buyer's tax id as given at checkout (a business buyer) */
    taxId?: string | null;
    address: {
      name: string;
      line1: string;
      line2?: string | null;
      city: string;
      postalCode: string;
      country: string;
    } | null;
  };
  lines: { sku: string; title: string; quantity: number; unitAmount: number; lineAmount: number; taxRateBps: number }[];
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  /** one entry per rate; `name` and the exact `ratePpm` as the shopper was shown them (absent on older documents) */
  taxBreakdown: { rateBps: number; baseAmount: number; taxAmount: number; name?: string; ratePpm?: number | null }[];
  /** printed under the totals: the reverse-charge statement */
  taxNote?: string | null;
}

/** The standard PDF fonts know WinAnsi only: Intl's narrow and no-break spaces become plain ones. */
export const pdfText = (value: unknown) => String(value ?? '').replace(/[\u00a0\u202f]/g, ' ');

const WORDS = {
  en: {
    invoice: 'Invoice',
    credit_note: 'Credit note',
    credits: 'Credits invoice',
    reason: 'Reason',
    order: 'Order',
    issued: 'Issue date',
    due: 'Due date',
    billTo: 'Bill to',
    taxId: 'Tax ID',
    sku: 'SKU',
    item: 'Item',
    quantity: 'Qty',
    unit: 'Unit price',
    rate: 'Tax',
    amount: 'Amount',
    subtotal: 'Subtotal',
    discount: 'Discount',
    shipping: 'Shipping',
    taxAt: 'Tax',
    on: 'on',
    total: 'Total',
  },
  de: {
    invoice: 'Rechnung',
    credit_note: 'Gutschrift',
    credits: 'Zu Rechnung',
    reason: 'Grund',
    order: 'Bestellung',
    issued: 'Rechnungsdatum',
    due: 'Fällig am',
    billTo: 'Rechnungsempfänger',
    taxId: 'USt-IdNr.',
    sku: 'Art.-Nr.',
    item: 'Artikel',
    quantity: 'Menge',
    unit: 'Einzelpreis',
    rate: 'USt.',
    amount: 'Betrag',
    subtotal: 'Zwischensumme',
    discount: 'Rabatt',
    shipping: 'Versand',
    taxAt: 'USt.',
    on: 'auf',
    total: 'Gesamt',
  },
} as const;

const percent = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)} %`;

/** A rate as the shopper saw it: its own name ("VAT 19%"), else its percentage. */
const rateLabel = (rate: InvoicePdfDocument['taxBreakdown'][number]) => {
  if (rate.name) return rate.name;
  if (rate.ratePpm != null) return `${Number((rate.ratePpm / 10_000).toFixed(4))} %`;
  return percent(rate.rateBps);
};

/** "AC-1001" when the document knows the shop's prefix, else "#1001". */
export const orderLabel = (document: Pick<InvoicePdfDocument, 'orderNumber' | 'orderDisplayNumber'>) =>
  document.orderDisplayNumber || `#${document.orderNumber}`;

/**
 * A one-page (or longer) invoice with pdfkit's built-in Helvetica: nothing is downloaded. `compress`
 * false keeps the text streams readable (tests and the browser journey search them).
 */
export function invoicePdf(document: InvoicePdfDocument, locale: string, compress = true): Promise<Buffer> {
  const words = locale.toLowerCase().startsWith('de') ? WORDS.de : WORDS.en;
  const title = `${words[document.kind]} ${document.number}`;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, compress, info: { Title: pdfText(title) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const money = (amount: number) => pdfText(formatMoney(amount, document.currency, locale));
    const seller = document.seller;
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(pdfText(seller.legalName || seller.name));
    doc.font('Helvetica').fontSize(9);
    for (const line of seller.address.split('\n').filter(Boolean)) doc.text(pdfText(line));
    if (seller.taxId) doc.text(`${words.taxId}: ${pdfText(seller.taxId)}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(18).text(pdfText(title));
    doc.font('Helvetica').fontSize(10);
    if (document.creditedInvoiceNumber) doc.text(`${words.credits}: ${pdfText(document.creditedInvoiceNumber)}`);
    if (document.reason) doc.text(`${words.reason}: ${pdfText(document.reason)}`);
    doc.text(`${words.order}: ${pdfText(orderLabel(document))}`);
    doc.text(`${words.issued}: ${document.issueDate}`);
    if (document.kind === 'invoice') doc.text(`${words.due}: ${document.dueDate}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').text(words.billTo);
    doc.font('Helvetica');
    const address = document.buyer.address;
    if (document.buyer.name) doc.text(pdfText(document.buyer.name));
    if (address) {
      doc.text(pdfText(address.line1));
      if (address.line2) doc.text(pdfText(address.line2));
      doc.text(pdfText(`${address.postalCode} ${address.city}`));
      doc.text(pdfText(address.country));
    }
    doc.text(pdfText(document.buyer.email));
    if (document.buyer.taxId) doc.text(`${words.taxId}: ${pdfText(document.buyer.taxId)}`);
    doc.moveDown();
    const columns = { sku: 50, item: 130, quantity: 310, unit: 350, rate: 430, amount: 480 };
    const header = doc.y;
    doc
      .font('Helvetica-Bold')
      .text(words.sku, columns.sku, header)
      .text(words.item, columns.item, header)
      .text(words.quantity, columns.quantity, header)
      .text(words.unit, columns.unit, header)
      .text(words.rate, columns.rate, header)
      .text(words.amount, columns.amount, header);
    doc.font('Helvetica');
    for (const line of document.lines) {
      const y = doc.y + 4;
      doc
        .text(pdfText(line.sku), columns.sku, y, { width: 75 })
        .text(pdfText(line.title), columns.item, y, { width: 170 })
        .text(String(line.quantity), columns.quantity, y)
        .text(money(line.unitAmount), columns.unit, y)
        .text(percent(line.taxRateBps), columns.rate, y)
        .text(money(line.lineAmount), columns.amount, y);
    }
    doc.moveDown();
    const sum = (label: string, amount: number, bold = false) => {
      const y = doc.y + 2;
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .text(label, 310, y)
        .text(money(amount), columns.amount, y);
    };
    sum(words.subtotal, document.subtotalAmount);
    if (document.discountAmount > 0) sum(words.discount, -document.discountAmount);
    if (document.shippingAmount > 0) sum(words.shipping, document.shippingAmount);
    for (const rate of document.taxBreakdown) {
      const label = rate.name ? pdfText(rate.name) : `${words.taxAt} ${rateLabel(rate)}`;
      sum(`${label} ${words.on} ${money(rate.baseAmount)}`, rate.taxAmount);
    }
    sum(words.total, document.totalAmount, true);
    if (document.taxNote) {
      doc.moveDown();
      doc.font('Helvetica').text(pdfText(document.taxNote), 50, doc.y);
    }
    doc.end();
  });
}
