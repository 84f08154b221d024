import Link from 'next/link';

/** The procurement section's own pages. */
export function ProcurementNav() {
  return (
    <nav aria-label="Procurement" className="row">
      <Link href="/procurement">Purchase orders</Link>
      <Link href="/procurement/suppliers">Suppliers</Link>
      <Link href="/procurement/replenishment">Replenishment</Link>
    </nav>
  );
}
