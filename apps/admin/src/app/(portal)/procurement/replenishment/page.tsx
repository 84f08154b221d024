import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createFromSuggestions } from '../actions.ts';
import { Suggestions } from '../documents.ts';
import { ProcurementNav } from '../nav.tsx';

export const metadata = { title: 'Replenishment' };

export default async function ReplenishmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireViewer('/procurement/replenishment');
  const params = await searchParams;
  const { replenishmentSuggestions } = await gql(
    Suggestions,
    { after: params.after ?? null },
    '/procurement/replenishment',
  );
  const suggestions = replenishmentSuggestions.edges.map(({ node }) => node);
  const supplierCurrencies = [
    ...new Set(suggestions.flatMap((node) => (node.supplier ? [node.supplier.currency] : []))),
  ];
  return (
    <>
      <h1>Replenishment</h1>
      <ProcurementNav />
      <p className="muted">
        {replenishmentSuggestions.totalCount} stock levels are at or below their reorder point (available + incoming).
        Quantities are rounded up to the preferred supplier’s pack size and minimum order. Select lines to create one
        draft purchase order per supplier.
      </p>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Warehouse</th>
            <th>Available</th>
            <th>Incoming</th>
            <th>Reorder point</th>
            <th>Suggested</th>
            <th>Supplier</th>
            <th>Amount</th>
          </tr>
        </thead>
        <tbody>
          {suggestions.map((node) => (
            <tr key={`${node.variantId}|${node.warehouseId}`}>
              <td>
                {node.variant.sku} <span className="muted">{node.variant.title}</span>
              </td>
              <td>{node.warehouse.code}</td>
              <td>{node.available}</td>
              <td>{node.incoming}</td>
              <td>{node.reorderPoint}</td>
              <td>{node.quantity}</td>
              <td>{node.supplier?.name ?? <span className="pill low">no preferred supplier</span>}</td>
              <td>{node.amount ? formatMoney(node.amount) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {replenishmentSuggestions.pageInfo.hasNextPage && replenishmentSuggestions.pageInfo.endCursor ? (
        <Link
          href={`/procurement/replenishment?after=${encodeURIComponent(replenishmentSuggestions.pageInfo.endCursor)}`}
        >
          Next page →
        </Link>
      ) : null}
      <section className="card" aria-labelledby="create">
        <h2 id="create">Create purchase orders</h2>
        <ActionForm
          label="Create purchase orders from suggestions"
          idPrefix="suggestions"
          action={createFromSuggestions}
          submit="Create draft orders"
          fields={[
            {
              name: 'lines',
              label: 'Suggestions',
              path: 'lines',
              choices: suggestions
                .filter((node) => node.supplier)
                .map((node) => ({
                  value: `${node.variantId}|${node.warehouseId}|${node.quantity}`,
                  label: `${node.quantity} × ${node.variant.sku} → ${node.warehouse.code}`,
                  hint: node.supplier?.name ?? '',
                  group: node.supplier?.name ?? 'No supplier',
                })),
              defaultValues: [],
            },
            ...supplierCurrencies
              .filter((currency) => currency !== 'EUR')
              .map((currency) => ({
                name: `rate:${currency}`,
                label: `Exchange rate ${currency} → base currency`,
                placeholder: '0.92',
              })),
          ]}
        />
      </section>
    </>
  );
}
