import { gql } from '../../../../../../lib/gateway.ts';
import { FinanceAccountLedgerCsv } from '../../../documents.ts';
import { dateParam } from '../../../nav.tsx';

/** Every line of the account's ledger over the period as CSV (the API pages through them all). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const accountId = decodeURIComponent((await params).id);
  const query = new URL(request.url).searchParams;
  const from = dateParam(query.get('from') ?? undefined);
  const to = dateParam(query.get('to') ?? undefined);
  const back = `/finance/accounts/${encodeURIComponent(accountId)}`;
  const { financeReportCsv } = await gql(FinanceAccountLedgerCsv, { accountId, from, to }, back);
  return new Response(financeReportCsv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="general-ledger-${from ?? 'start'}-${to ?? 'today'}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
