import Link from 'next/link';
import { AGING_BUCKETS, money } from './nav.tsx';

type Buckets = Record<(typeof AGING_BUCKETS)[number][0], number>;

interface AgingRow extends Buckets {
  partyId?: string | null;
  partyName: string;
  partyEmail?: string | null;
  itemCount: number;
}

/** Open amounts per customer or supplier by days past due, each row drilling into its open items. */
export function AgingTable({
  label,
  party,
  rows,
  totals,
  currency,
  drill,
}: {
  label: string;
  party: string;
  rows: readonly AgingRow[];
  totals: Buckets;
  currency: string;
  /** the page listing one party's open items */
  drill: (partyId: string) => string;
}) {
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          <th>{party}</th>
          <th>Items</th>
          {AGING_BUCKETS.map(([key, heading]) => (
            <th key={key}>{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.partyId ?? ''}:${row.partyEmail ?? ''}`} data-testid="aging-row">
            <td>
              {row.partyId ? <Link href={drill(row.partyId)}>{row.partyName || row.partyEmail}</Link> : null}
              {row.partyId ? null : (row.partyEmail ?? row.partyName)}
            </td>
            <td>{row.itemCount}</td>
            {AGING_BUCKETS.map(([key]) => (
              <td key={key}>{money(row[key], currency)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="aging-totals">
          <th scope="row">Total</th>
          <td />
          {AGING_BUCKETS.map(([key]) => (
            <td key={key}>{money(totals[key], currency)}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

export const csvLink = (csv: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
