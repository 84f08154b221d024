import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { reverseEntry } from '../../actions.ts';
import { FinanceEntry } from '../../documents.ts';
import { FinanceNav, money } from '../../nav.tsx';
import { SourceDocumentLinks } from '../../source-documents.tsx';

export const metadata = { title: 'Journal entry' };

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/finance/journal/${encodeURIComponent(decodeURIComponent(id))}`;
  const viewer = await requireViewer(here);
  const data = await gql(FinanceEntry, { id: decodeURIComponent(id) }, here);
  const entry = data.financeJournalEntry;
  if (!entry) notFound();
  const currency = data.financeSettings.baseCurrency;
  return (
    <>
      <h1>Journal entry #{entry.number}</h1>
      <FinanceNav current="/finance/journal" />
      <section className="card" aria-labelledby="entry">
        <h2 id="entry">{entry.description}</h2>
        <dl>
          <dt>Date</dt>
          <dd>
            {entry.entryDate}
            {entry.originalDate ? ` (its source is dated ${entry.originalDate}, in a closed period)` : null}
          </dd>
          <dt>Source</dt>
          <dd>
            <code data-testid="entry-source">{entry.sourceType}</code> {entry.sourceId}
            {entry.eventId ? <span className="muted"> · event {entry.eventId}</span> : null}
          </dd>
          {entry.documents.length ? (
            <>
              <dt>Documents</dt>
              <dd>
                <SourceDocumentLinks documents={entry.documents} />
              </dd>
            </>
          ) : null}
          <dt>Posted</dt>
          <dd>{clockIn(viewer.tenant.timeZone).dateTime(entry.postedAt)}</dd>
          {entry.reversesEntryId ? (
            <>
              <dt>Reverses</dt>
              <dd>
                <Link href={`/finance/journal/${encodeURIComponent(entry.reversesEntryId)}`}>the original entry</Link>
              </dd>
            </>
          ) : null}
          {entry.reversedByEntryId ? (
            <>
              <dt>Reversed by</dt>
              <dd>
                <Link href={`/finance/journal/${encodeURIComponent(entry.reversedByEntryId)}`}>its reversal</Link>
              </dd>
            </>
          ) : null}
        </dl>
        <table>
          <thead>
            <tr>
              <th>Account</th>
              <th>Debit</th>
              <th>Credit</th>
              <th>Document amount</th>
              <th>Memo</th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.map((line) => (
              <tr key={line.lineNo} data-testid="entry-line">
                <td>
                  <Link href={`/finance/journal?account=${encodeURIComponent(line.accountId)}`}>
                    {line.accountCode} {line.accountName}
                  </Link>
                </td>
                <td>{line.debit ? money(line.debit, currency) : ''}</td>
                <td>{line.credit ? money(line.credit, currency) : ''}</td>
                <td>{line.currency === currency ? '' : `${money(line.amount, line.currency)} at ${line.rate}`}</td>
                <td>{line.memo}</td>
              </tr>
            ))}
            <tr>
              <th>Total</th>
              <th>{money(entry.total, currency)}</th>
              <th>{money(entry.total, currency)}</th>
              <th />
              <th />
            </tr>
          </tbody>
        </table>
      </section>
      {can(viewer.scopes, 'finance:write') && !entry.reversedByEntryId && entry.sourceType !== 'reversal' ? (
        <section className="card" aria-labelledby="reverse">
          <h2 id="reverse">Reverse</h2>
          <p className="muted">Entries are never edited: a reversal posts the mirror image today.</p>
          <ActionForm
            label="Reverse this entry"
            idPrefix="reverse"
            action={reverseEntry}
            submit="Reverse entry"
            hidden={{ entryId: entry.id }}
            fields={[{ name: 'reason', label: 'Reason', required: true }]}
          />
        </section>
      ) : null}
    </>
  );
}
