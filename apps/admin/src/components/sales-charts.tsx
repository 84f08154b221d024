'use client';
import { formatMoney } from '@ucos/clients';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDay } from '../lib/time.ts';

export interface SalesPoint {
  /** YYYY-MM-DD */
  date: string;
  orderCount: number;
  /** minor units of `currency` */
  revenue: number;
}

const shortDay = (date: string) => formatDay(date, { year: false });
const longDay = (date: string) => formatDay(date);

/**
 * Revenue and orders per day as two bar charts with axes and hover/focus tooltips (recharts), and the
 * same figures as a table for screen readers and for anyone who wants the numbers.
 */
export function SalesCharts({
  points,
  currency,
  fractionDigits,
}: {
  points: SalesPoint[];
  currency: string;
  fractionDigits: number;
}) {
  const money = (amount: number) => formatMoney({ amount, currency, fractionDigits });
  const compactMoney = (amount: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact' }).format(
      amount / 10 ** fractionDigits,
    );
  // a tick per day for a week, fewer for longer ranges so labels never overlap
  const interval = points.length <= 14 ? 0 : Math.ceil(points.length / 10) - 1;
  return (
    <>
      {/* the pictures are for the eye (hidden from assistive technology, and so no keyboard stop: recharts'
          accessibility layer is off); the same figures are in the table below */}
      <figure className="chart" aria-labelledby="revenue-chart-title">
        <figcaption id="revenue-chart-title">Revenue per day ({currency})</figcaption>
        <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
          <ResponsiveContainer>
            <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="date" tickFormatter={shortDay} interval={interval} fontSize={12} />
              <YAxis tickFormatter={compactMoney} width={64} fontSize={12} allowDecimals={false} />
              <Tooltip
                labelFormatter={(label) => longDay(String(label))}
                formatter={(value) => [money(Number(value)), 'Revenue']}
              />
              <Bar dataKey="revenue" name="Revenue" fill="#2447d6" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="chart" aria-labelledby="orders-chart-title">
        <figcaption id="orders-chart-title">Orders per day</figcaption>
        <div aria-hidden="true" style={{ width: '100%', height: 180 }}>
          <ResponsiveContainer>
            <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="date" tickFormatter={shortDay} interval={interval} fontSize={12} />
              <YAxis width={64} fontSize={12} allowDecimals={false} />
              <Tooltip
                labelFormatter={(label) => longDay(String(label))}
                formatter={(value) => [String(value), 'Orders']}
              />
              <Bar dataKey="orderCount" name="Orders" fill="#067647" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <details>
        <summary>Show the figures as a table</summary>
        <table>
          <caption className="sr-only">Orders and revenue per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Orders</th>
              <th scope="col">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.date}>
                <th scope="row">{longDay(point.date)}</th>
                <td>{point.orderCount}</td>
                <td>{money(point.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
