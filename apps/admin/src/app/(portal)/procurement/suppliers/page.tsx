import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { CustomFieldFilterInputs } from '../../../../components/custom-field-filter.tsx';
import { customFieldFilterOf } from '../../../../lib/custom-fields.ts';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createSupplier } from '../actions.ts';
import { SupplierFieldsForFilter, SuppliersList } from '../documents.ts';
import { ProcurementNav } from '../nav.tsx';

export const metadata = { title: 'Suppliers' };
const HERE = '/procurement/suppliers';

export default async function SuppliersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [, params, { supplierCustomFieldDefinitions: fields }] = await Promise.all([
    requireViewer(HERE),
    searchParams,
    gql(SupplierFieldsForFilter, {}, HERE),
  ]);
  const query = params.q?.trim().slice(0, 200) || null;
  const byField = customFieldFilterOf(fields, params);
  // the list's own address: its search and field filter, which the next page keeps
  const filters = new URLSearchParams({
    ...(query ? { q: query } : {}),
    ...(byField.filter ? { cf: byField.key, cfv: byField.value } : {}),
  });
  const here = filters.size ? `${HERE}?${filters}` : HERE;
  const { suppliers } = await gql(
    SuppliersList,
    { filter: { query, customFields: byField.filter }, after: params.after ?? null },
    here,
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
        <CustomFieldFilterInputs definitions={fields} selected={byField} />
        <button type="submit">Search</button>
        {query || byField.filter ? <Link href={HERE}>Show all</Link> : null}
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
        <Link href={`${HERE}?${new URLSearchParams([...filters, ['after', suppliers.pageInfo.endCursor]])}`}>
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
