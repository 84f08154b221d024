import Link from 'next/link';

const PAGES = [
  { href: '/marketing/promotions', label: 'Promotions' },
  { href: '/marketing/gift-cards', label: 'Gift cards' },
];

/** The marketing section's own pages. */
export function MarketingNav({ current }: { current: string }) {
  return (
    <nav aria-label="Marketing" className="row" style={{ gap: '1rem', marginBottom: '1rem' }}>
      {PAGES.map((page) => (
        <Link key={page.href} href={page.href} aria-current={page.href === current ? 'page' : undefined}>
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
