import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createSupplier } from '../actions.ts';
import { SuppliersList } from '../documents.ts';
import { ProcurementNav } from '../nav.tsx';

export const metadata = { title: 'Suppliers' };

export default async function SuppliersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireViewer('/procurement/suppliers');
  const params = await searchParams;
  const query = params.q?.trim().slice(0, 200) || null;
  const { suppliers } = await gql(
    SuppliersList,
    { filter: { query }, after: params.after ?? null },
    `/procurement/suppliers${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  );
  return (
    <>
      <h1>Suppliers</h1>
      <ProcurementNav />
      <form method="get" className="row" aria-label="Search suppliers">
        <div>
          <label htmlFor="q">Name or code</label>
          <input id="q" name="q" defaultValue={query ?? ''} />
        </div>
        <button type="submit">Search</button>
      </form>
      <p className="muted">{suppliers.totalCount} suppliers</p>
      <table>
        <thead>
          <tr>
            <th>Code</th>
            <th>Name</th>
            <th>Currency</th>
            <th>Terms</th>
            <th>Lead time</th>
            <th>Email</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {suppliers.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{node.code}</td>
              <td>
                <Link href={`/procurement/suppliers/${encodeURIComponent(node.id)}`}>{node.name}</Link>
              </td>
              <td>{node.currency}</td>
              <td>net {node.paymentTermsDays} days</td>
              <td>{node.leadTimeDays} days</td>
              <td>{node.email ?? '—'}</td>
              <td>{node.active ? 'active' : <span className="pill low">inactive</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {suppliers.pageInfo.hasNextPage && suppliers.pageInfo.endCursor ? (
        <Link href={`/procurement/suppliers?after=${encodeURIComponent(suppliers.pageInfo.endCursor)}`}>
          Next page →
        </Link>
      ) : null}
      <section className="card" aria-labelledby="new-supplier">
        <h2 id="new-supplier">New supplier</h2>
        <ActionForm
          label="New supplier"
          idPrefix="new-supplier"
          action={createSupplier}
          submit="Create supplier"
          fields={[
            { name: 'code', label: 'Code', required: true },
            { name: 'name', label: 'Name', required: true },
            { name: 'currency', label: 'Currency', required: true, defaultValue: 'EUR' },
            { name: 'email', label: 'Email for purchase orders', type: 'email' },
            { name: 'paymentTermsDays', label: 'Payment terms (net days)', type: 'number', defaultValue: 30 },
            { name: 'leadTimeDays', label: 'Lead time (days)', type: 'number', defaultValue: 7 },
          ]}
        />
      </section>
    </>
  );
}
