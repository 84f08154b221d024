import Link from 'next/link';

const PAGES = [
  { href: '/finance', label: 'Reports' },
  { href: '/finance/journal', label: 'Journal' },
  { href: '/finance/invoices', label: 'Invoices' },
  { href: '/finance/accounts', label: 'Chart of accounts' },
  { href: '/finance/periods', label: 'Periods' },
  { href: '/finance/receivables', label: 'Receivables' },
  { href: '/finance/payables', label: 'Payables' },
  { href: '/finance/payment-runs', label: 'Payment runs' },
];

/** The finance section's own pages. */
export function FinanceNav({ current }: { current: string }) {
  return (
    <nav aria-label="Finance" className="row" style={{ gap: '1rem', marginBottom: '1rem' }}>
      {PAGES.map((page) => (
        <Link key={page.href} href={page.href} aria-current={page.href === current ? 'page' : undefined}>
          {page.label}
        </Link>
      ))}
    </nav>
  );
}

/** An amount in base minor units, in the base currency. */
export function money(amount: number, currency: string) {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/** A `YYYY-MM-DD` query parameter, or null. */
export const dateParam = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;

/** The aging buckets' columns, in order, with their headings. */
export const AGING_BUCKETS = [
  ['current', 'Current'],
  ['days1To30', '1–30'],
  ['days31To60', '31–60'],
  ['days61To90', '61–90'],
  ['over90', '90+'],
  ['total', 'Total'],
] as const;
