import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { todayIn } from '../../finance/shop-day.ts';
import { BillOrderLines } from '../documents.ts';
import { type BillableLine, BillForm } from './bill-form.tsx';

export const metadata = { title: 'Enter a supplier bill' };

const HERE = '/bills/new';

export default async function NewBillPage({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const code = ((await searchParams).order ?? '').trim();
  const here = code ? `${HERE}?order=${encodeURIComponent(code)}` : HERE;
  const viewer = await requireViewer(here);
  const { receivableLines } = code ? await gql(BillOrderLines, { code }, here) : { receivableLines: [] };
  // the lines of the order with exactly this number (a SKU would find lines of several orders)
  const lines = receivableLines.filter((line) => line.purchaseOrderNumber.toUpperCase() === code.toUpperCase());
  const first = lines[0];
  return (
    <>
      <p>
        <Link href="/bills">← Supplier bills</Link>
      </p>
      <h1>Enter a supplier bill</h1>
      <form method="get" action={HERE} aria-label="Find the purchase order">
        <label htmlFor="order">Purchase order number</label>
        {/* biome-ignore lint/a11y/noAutofocus: the one thing to type on this page until an order is found */}
        <input id="order" name="order" defaultValue={code} autoFocus={!first} autoComplete="off" />
        <button type="submit">Find order</button>
      </form>
      {code && !first ? <p role="status">No open purchase order {code}.</p> : null}
      {first ? (
        <section className="card" aria-labelledby="bill">
          <h2 id="bill">Bill for {first.purchaseOrderNumber}</h2>
          <BillForm
            purchaseOrderId={first.purchaseOrderId}
            number={first.purchaseOrderNumber}
            lines={lines as BillableLine[]}
            idempotencyKey={randomUUID()}
            today={todayIn(viewer.tenant.timeZone)}
          />
        </section>
      ) : null}
    </>
  );
}
