import { builder, MoneyRef } from '../builder.ts';
import { type CurrencyAmount, type SalesDay, type SalesReport, salesRange, salesReport } from '../data/sales.ts';
import { money } from './common.ts';
import { dbOf } from './loaders.ts';

const amounts = (revenue: CurrencyAmount[]) => revenue.map(({ amount, currency }) => money(amount, currency));

const SalesDayRef = builder.objectRef<SalesDay>('SalesReportDay').implement({
  description: 'One calendar day of a sales report',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'YYYY-MM-DD in the report’s time zone' }),
    orderCount: t.exposeInt('orderCount', { description: 'Orders placed that day, cancelled ones excluded' }),
    revenue: t.field({
      type: [MoneyRef],
      description: 'Order totals placed that day, one amount per currency, largest first (empty without orders)',
      resolve: (day) => amounts(day.revenue),
    }),
  }),
});

const SalesReportRef = builder.objectRef<SalesReport>('SalesReport').implement({
  description: 'Orders and revenue per day over a date range, summed over every order of the shop',
  fields: (t) => ({
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    timeZone: t.exposeString('timeZone'),
    orderCount: t.exposeInt('orderCount', { description: 'Orders placed in the range, cancelled ones excluded' }),
    revenue: t.field({
      type: [MoneyRef],
      description: 'Order totals (lines, shipping, tax) in the range, one amount per currency, largest first',
      resolve: (report) => amounts(report.revenue),
    }),
    days: t.field({
      type: [SalesDayRef],
      description: 'Every day of the range, oldest first, days without orders included',
      resolve: (report) => report.days,
    }),
  }),
});

builder.queryField('salesReport', (t) =>
  t.field({
    type: SalesReportRef,
    description:
      'Orders placed and revenue per calendar day from `from` to `to` (inclusive, at most 366 days) in `timeZone`; a malformed day, an inverted range or an unknown zone is BAD_USER_INPUT',
    authScopes: { scope: 'orders:read' },
    args: {
      from: t.arg.string({ required: true, description: 'First day, YYYY-MM-DD' }),
      to: t.arg.string({ required: true, description: 'Last day, YYYY-MM-DD, inclusive' }),
      timeZone: t.arg.string({ description: 'IANA time zone the days are counted in (default UTC)' }),
    },
    resolve: (_root, args, context) =>
      salesReport(dbOf(context), salesRange(args.from, args.to, args.timeZone ?? 'UTC')),
  }),
);
