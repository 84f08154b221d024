'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/catalog', label: 'Products' },
  { href: '/catalog/categories', label: 'Categories' },
  { href: '/catalog/collections', label: 'Collections' },
] as const;

/** The catalog's own sections; the current one is marked for screen readers and the eye. */
export function CatalogNav() {
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/catalog'
      ? !LINKS.some((link) => link.href !== href && pathname.startsWith(link.href))
      : pathname.startsWith(href);
  return (
    <nav aria-label="Catalog" className="subnav">
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} aria-current={current(link.href) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
