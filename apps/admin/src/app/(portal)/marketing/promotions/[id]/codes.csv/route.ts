import { gql } from '../../../../../../lib/gateway.ts';
import { PromotionCodesCsv } from '../../documents.ts';

/** The promotion's codes (one generated batch with `?batch=`) as a CSV download, for mailings and print. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const batch = new URL(request.url).searchParams.get('batch') || null;
  const { promotion } = await gql(PromotionCodesCsv, { id, batch }, `/marketing/promotions/${encodeURIComponent(id)}`);
  if (!promotion) return new Response('Not found', { status: 404 });
  const name = `${promotion.name}${batch ? `-${batch}` : ''}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(promotion.codesCsv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-codes.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
