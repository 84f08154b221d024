import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { CustomFieldFilterInputs } from '../../../components/custom-field-filter.tsx';
import { customFieldFilterOf } from '../../../lib/custom-fields.ts';
import { gql } from '../../../lib/gateway.ts';
import { orderStatusWords, paymentStatusWords } from '../../../lib/history-words.ts';
import { shopClock } from '../../../lib/shop-time.ts';
import { dayStartIn, nextDay } from '../../../lib/time.ts';
import { OrderFieldsForFilter, OrdersList } from './documents.ts';
import { type OrderListRow, OrdersTable } from './orders-table.tsx';

export const metadata = { title: 'Orders' };

const STATUSES = ['CREATED', 'CONFIRMED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'COMPLETED', 'CANCELLED'] as const;
const PAYMENTS = ['AUTHORIZED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];
type Payment = (typeof PAYMENTS)[number];

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  // the days of the date filter and the times in the table are the shop's
  const [clock, { orderCustomFieldDefinitions: fields }] = await Promise.all([
    shopClock('/orders'),
    gql(OrderFieldsForFilter, {}, '/orders'),
  ]);
  const byField = customFieldFilterOf(fields, params);
  const status = STATUSES.includes(params.status as Status) ? (params.status as Status) : null;
  const paymentStatus = PAYMENTS.includes(params.payment as Payment) ? (params.payment as Payment) : null;
  // staff paste the number as shoppers quote it (AC-1001, #1001): its digits are the number
  const wanted = Number(params.number?.trim().match(/\d+$/)?.[0]);
  const number = Number.isSafeInteger(wanted) && wanted > 0 && wanted <= 2_147_483_647 ? wanted : null;
  const customer = params.customer?.trim().slice(0, 200) || null;
  const from = dayStartIn(params.from, clock.timeZone);
  const to = dayStartIn(params.to, clock.timeZone);
  // "to" is the last day included: the API's bound is the next day's start in the shop's zone
  const before = to && params.to ? dayStartIn(nextDay(params.to), clock.timeZone) : null;
  const reversed = Boolean(from && before && from >= before);
  const keep = new URLSearchParams(
    Object.entries({
      number: number?.toString(),
      customer,
      from: from ? params.from : null,
      to: to ? params.to : null,
      status,
      payment: paymentStatus,
      cf: byField.filter ? byField.key : null,
      cfv: byField.filter ? byField.value : null,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const { orders } = await gql(
    OrdersList,
    {
      filter: {
        number,
        status,
        paymentStatus,
        customer,
        placedFrom: reversed ? null : (from?.toISOString() ?? null),
        placedBefore: reversed ? null : (before?.toISOString() ?? null),
        customFields: byField.filter,
      },
      first: 25,
      after: params.after ?? null,
    },
    `/orders?${keep}`,
  );
  const rows: OrderListRow[] = orders.edges.map(({ node }) => ({
    id: node.id,
    number: node.displayNumber,
    placedAt: clock.dateTime(node.createdAt),
    email: node.email,
    name: node.shippingAddress.name,
    customerId: node.customerId ?? null,
    items: node.lines.reduce((sum, line) => sum + line.quantity, 0),
    total: formatMoney(node.total),
    status: node.status,
    payment: node.paymentStatus,
    onHold: node.onHold,
  }));
  const filtered = keep.size > 0;
  return (
    <>
      <h1>Orders</h1>
      <search>
        <form method="get" className="row list-search" aria-label="Filter orders">
          <div>
            <label htmlFor="number">Order number</label>
            <input id="number" name="number" inputMode="numeric" placeholder="1001" defaultValue={number ?? ''} />
          </div>
          <div>
            <label htmlFor="customer">Customer</label>
            <input
              id="customer"
              name="customer"
              type="search"
              placeholder="Name or email, or a part of it"
              defaultValue={customer ?? ''}
            />
          </div>
          <div>
            <label htmlFor="from">Placed from</label>
            <input id="from" name="from" type="date" defaultValue={from ? params.from : ''} />
          </div>
          <div>
            <label htmlFor="to">Placed until</label>
            <input
              id="to"
              name="to"
              type="date"
              defaultValue={to ? params.to : ''}
              aria-invalid={reversed ? true : undefined}
              aria-describedby={reversed ? 'to-error' : undefined}
            />
            {reversed ? (
              <p className="field-error" id="to-error" role="alert">
                “Placed until” is before “Placed from”: the dates are ignored.
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="status">Status</label>
            <select id="status" name="status" defaultValue={status ?? ''}>
              <option value="">Any</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {orderStatusWords(value)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="payment">Payment</label>
            <select id="payment" name="payment" defaultValue={paymentStatus ?? ''}>
              <option value="">Any</option>
              {PAYMENTS.map((value) => (
                <option key={value} value={value}>
                  {paymentStatusWords(value)}
                </option>
              ))}
            </select>
          </div>
          <CustomFieldFilterInputs definitions={fields} selected={byField} />
          <button type="submit">Filter</button>
        </form>
      </search>
      <p className="muted">
        {orders.totalCount} order{orders.totalCount === 1 ? '' : 's'}, newest first.{' '}
        {filtered ? <Link href="/orders">Show all</Link> : null}
      </p>
      <OrdersTable
        rows={rows}
        empty={
          filtered
            ? 'No order matches these filters. Search a shorter part of the name or email, or widen the dates.'
            : 'No orders yet. They appear here as shoppers check out on the storefront.'
        }
      />
      {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor ? (
        <Link href={`/orders?${new URLSearchParams([...keep, ['after', orders.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
    </>
  );
}
