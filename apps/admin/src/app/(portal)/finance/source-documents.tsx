import Link from 'next/link';

interface SourceDocument {
  kind: 'ORDER' | 'INVOICE' | 'CREDIT_NOTE' | 'SUPPLIER_BILL';
  id: string;
  number?: string | null;
}

/** Where each kind of source document is shown in the admin, and what its link says. */
const PAGES: Record<SourceDocument['kind'], { path: string; label: (document: SourceDocument) => string }> = {
  ORDER: { path: '/orders', label: () => 'Order' },
  INVOICE: { path: '/finance/invoices', label: (document) => `Invoice ${document.number ?? ''}`.trim() },
  CREDIT_NOTE: { path: '/finance/invoices', label: (document) => `Credit note ${document.number ?? ''}`.trim() },
  SUPPLIER_BILL: { path: '/bills', label: () => 'Supplier bill' },
};

/** The documents a ledger line was posted from, each linked to its page. */
export function SourceDocumentLinks({ documents }: { documents: readonly SourceDocument[] }) {
  return documents.map((document, index) => {
    const page = PAGES[document.kind];
    return (
      <span key={document.id}>
        {index > 0 ? ' · ' : null}
        <Link href={`${page.path}/${encodeURIComponent(document.id)}`} data-testid="ledger-document">
          {page.label(document)}
        </Link>
      </span>
    );
  });
}

/** An account's general ledger page, for a period and from a page's cursor when given. */
export function ledgerLink(accountId: string, query: { from?: string; to?: string; after?: string } = {}) {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value) as [string, string][]);
  const path = `/finance/accounts/${encodeURIComponent(accountId)}`;
  return search.size ? `${path}?${search}` : path;
}
