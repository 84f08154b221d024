import { encodeGlobalId } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { SourceDocumentIds } from '../data/reports.ts';

type SourceDocumentKind = 'ORDER' | 'INVOICE' | 'CREDIT_NOTE' | 'SUPPLIER_BILL';

interface SourceDocument {
  kind: SourceDocumentKind;
  /** the document's global id, under the type its own subgraph answers `node(id:)` with */
  id: string;
  number: string | null;
}

const SourceDocumentKindEnum = builder.enumType('FinanceSourceDocumentKind', {
  values: ['ORDER', 'INVOICE', 'CREDIT_NOTE', 'SUPPLIER_BILL'] as const,
});

export const SourceDocumentRef = builder.objectRef<SourceDocument>('FinanceSourceDocument').implement({
  description: 'A document a ledger line was posted from, for drilling down to it',
  fields: (t) => ({
    kind: t.field({ type: SourceDocumentKindEnum, resolve: (row) => row.kind }),
    id: t.id({ resolve: (row) => row.id }),
    number: t.string({
      nullable: true,
      description: "The invoice's or credit note's number",
      resolve: (row) => row.number,
    }),
  }),
});

/** The order, invoice or credit note and supplier bill behind one ledger line or entry, in that order. */
export function sourceDocumentsOf(line: SourceDocumentIds): SourceDocument[] {
  const documents: SourceDocument[] = [];
  if (line.orderId) documents.push({ kind: 'ORDER', id: encodeGlobalId('Order', line.orderId), number: null });
  if (line.invoiceId)
    documents.push({
      kind: line.invoiceKind === 'credit_note' ? 'CREDIT_NOTE' : 'INVOICE',
      id: encodeGlobalId('FinanceInvoice', line.invoiceId),
      number: line.invoiceNumber,
    });
  if (line.billId)
    documents.push({ kind: 'SUPPLIER_BILL', id: encodeGlobalId('SupplierBill', line.billId), number: null });
  return documents;
}
