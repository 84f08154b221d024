import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createAccount, updateAccount } from '../actions.ts';
import { FinanceAccounts } from '../documents.ts';
import { FinanceNav } from '../nav.tsx';
import { ledgerLink } from '../source-documents.tsx';

export const metadata = { title: 'Chart of accounts' };

const HERE = '/finance/accounts';
const TYPES = ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'];

export default async function AccountsPage() {
  const viewer = await requireViewer(HERE);
  const { financeAccounts } = await gql(FinanceAccounts, {}, HERE);
  const manage = can(viewer.scopes, 'finance:manage');
  const codeOf = new Map(financeAccounts.map((account) => [account.id, account.code]));
  return (
    <>
      <h1>Chart of accounts</h1>
      <FinanceNav current={HERE} />
      <table>
        <thead>
          <tr>
            <th>Code</th>
            <th>Name</th>
            <th>Type</th>
            <th>Parent</th>
            <th>Posting roles</th>
            <th>State</th>
            {manage ? <th>Change</th> : null}
          </tr>
        </thead>
        <tbody>
          {financeAccounts.map((account) => (
            <tr key={account.id} data-testid="account-row">
              <td>
                <Link href={ledgerLink(account.id)} aria-label={`General ledger of ${account.code} ${account.name}`}>
                  {account.code}
                </Link>
              </td>
              <td>{account.name}</td>
              <td>{account.type.toLowerCase()}</td>
              <td>{account.parentId ? codeOf.get(account.parentId) : ''}</td>
              <td>{account.roles.join(', ')}</td>
              <td>{account.active ? 'active' : <span className="pill low">inactive</span>}</td>
              {manage ? (
                <td>
                  <ActionForm
                    inline
                    label={`Change account ${account.code}`}
                    idPrefix={`account-${account.code}`}
                    action={updateAccount}
                    submit="Save"
                    hidden={{ accountId: account.id }}
                    fields={[
                      { name: 'name', label: 'Name', defaultValue: account.name },
                      {
                        name: 'active',
                        label: 'State',
                        defaultValue: account.active ? 'true' : 'false',
                        options: [
                          { value: 'true', label: 'active' },
                          { value: 'false', label: 'inactive' },
                        ],
                      },
                    ]}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {manage ? (
        <section className="card" aria-labelledby="new-account">
          <h2 id="new-account">New account</h2>
          <ActionForm
            label="New account"
            idPrefix="new-account"
            action={createAccount}
            submit="Create account"
            fields={[
              { name: 'code', label: 'Code', required: true, placeholder: '4150' },
              { name: 'name', label: 'Name', required: true },
              {
                name: 'type',
                label: 'Type',
                required: true,
                options: TYPES.map((type) => ({ value: type, label: type.toLowerCase() })),
              },
              {
                name: 'parentId',
                label: 'Parent',
                options: [
                  { value: '', label: 'none' },
                  ...financeAccounts.map((account) => ({
                    value: account.id,
                    label: `${account.code} ${account.name}`,
                  })),
                ],
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
