import { formatMoney, type MoneyValue } from '@ucos/clients';
import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createMethod, createZone, deleteMethod, deleteZone, updateMethod, updateZone } from './actions.ts';

export const metadata = { title: 'Shipping settings' };
const HERE = '/settings/shipping';

const Zones = graphql(`
  query SettingsShipping_Zones {
    shippingZones {
      id
      name
      countries
      restOfWorld
      methods {
        id
        code
        name
        price {
          amount
          currency
          fractionDigits
        }
        freeShippingThreshold {
          amount
          currency
          fractionDigits
        }
        estimatedDaysMin
        estimatedDaysMax
      }
    }
  }
`);

/** What a price input starts with: 499 EUR → "4.99". */
const decimal = (money: MoneyValue | null | undefined) =>
  money ? (money.amount / 10 ** money.fractionDigits).toFixed(money.fractionDigits) : '';

const days = (min: number, max: number) => (min === max ? `${min} days` : `${min}–${max} days`);

const METHOD_FIELDS = {
  name: { name: 'name', label: 'Name', required: true },
  amount: { name: 'amount', label: 'Price (e.g. 4.99)', required: true },
  freeFrom: { name: 'freeFrom', label: 'Free from a subtotal of (blank: never free)' },
  estimatedDaysMin: { name: 'estimatedDaysMin', label: 'Delivery: earliest day', type: 'number', required: true },
  estimatedDaysMax: { name: 'estimatedDaysMax', label: 'Delivery: latest day', type: 'number', required: true },
};

export default async function ShippingSettingsPage() {
  const viewer = await requireViewer(HERE);
  const manage = can(viewer.scopes, 'orders:manage');
  const data = can(viewer.scopes, 'orders:read') ? await gql(Zones, {}, HERE) : null;
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Shipping</h1>
      <p className="muted">
        Where the store ships and what shoppers pay for it. A destination is served by the zone that names its country,
        else by the rest-of-world zone (the zone without countries), else not at all. Carts offer a zone's methods in
        the cart's currency, cheapest first; a method is free once the cart's subtotal reaches its threshold.
      </p>
      {!data ? (
        <p className="muted" role="note">
          Your role cannot read the shipping settings (it lacks orders:read).
        </p>
      ) : (
        <>
          {!manage ? (
            <p className="muted" role="note">
              You can view the shipping settings but not change them (your role lacks orders:manage).
            </p>
          ) : null}
          {data.shippingZones.length === 0 ? <p>No zones: the store ships nowhere.</p> : null}
          {data.shippingZones.map((zone) => (
            <section key={zone.id} className="card" aria-labelledby={`zone-${zone.id}`} data-testid="shipping-zone">
              <h2 id={`zone-${zone.id}`}>{zone.name}</h2>
              <p data-testid="shipping-zone-countries">
                {zone.restOfWorld ? 'Rest of world: every country no other zone names' : zone.countries.join(', ')}
              </p>
              {zone.methods.length ? (
                <table aria-label={`Methods of ${zone.name}`}>
                  <thead>
                    <tr>
                      <th>Code</th>
                      <th>Name</th>
                      <th>Price</th>
                      <th>Free from</th>
                      <th>Delivery</th>
                      {manage ? <th>Change</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {zone.methods.map((method) => (
                      <tr key={method.id}>
                        <td>{method.code}</td>
                        <td>{method.name}</td>
                        <td>{formatMoney(method.price)}</td>
                        <td>{method.freeShippingThreshold ? formatMoney(method.freeShippingThreshold) : '—'}</td>
                        <td>{days(method.estimatedDaysMin, method.estimatedDaysMax)}</td>
                        {manage ? (
                          <td>
                            <details>
                              <summary>Edit {method.name}</summary>
                              <ActionForm
                                label={`Edit ${method.name} (${method.price.currency}) of ${zone.name}`}
                                action={updateMethod}
                                submit="Save method"
                                idPrefix={`method-${method.id}`}
                                hidden={{ id: method.id, currency: method.price.currency }}
                                fields={[
                                  { ...METHOD_FIELDS.name, defaultValue: method.name },
                                  { ...METHOD_FIELDS.amount, defaultValue: decimal(method.price) },
                                  { ...METHOD_FIELDS.freeFrom, defaultValue: decimal(method.freeShippingThreshold) },
                                  { ...METHOD_FIELDS.estimatedDaysMin, defaultValue: method.estimatedDaysMin },
                                  { ...METHOD_FIELDS.estimatedDaysMax, defaultValue: method.estimatedDaysMax },
                                ]}
                              />
                            </details>
                            <ActionForm
                              label={`Delete ${method.name} (${method.price.currency}) of ${zone.name}`}
                              action={deleteMethod}
                              submit="Delete"
                              idPrefix={`delete-method-${method.id}`}
                              hidden={{ id: method.id }}
                              danger={{
                                title: `Delete ${method.name} (${method.price.currency}) from ${zone.name}?`,
                                consequences: (
                                  <p>
                                    Shoppers in this zone can no longer choose it; a cart that chose it falls back to
                                    the cheapest method. Orders already placed keep it.
                                  </p>
                                ),
                                confirmLabel: 'Delete method',
                                keepLabel: 'Keep method',
                              }}
                              fields={[]}
                            />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>No methods: this zone's destinations cannot check out.</p>
              )}
              {manage ? (
                <>
                  <h3>Add a method</h3>
                  <ActionForm
                    label={`Add a method to ${zone.name}`}
                    action={createMethod}
                    submit="Add method"
                    idPrefix={`new-method-${zone.id}`}
                    hidden={{ zoneId: zone.id }}
                    fields={[
                      { name: 'code', label: 'Code (a-z, 0-9, _ and -; what checkout sends)', required: true },
                      METHOD_FIELDS.name,
                      { name: 'currency', label: 'Currency (ISO 4217, e.g. EUR)', required: true },
                      METHOD_FIELDS.amount,
                      METHOD_FIELDS.freeFrom,
                      METHOD_FIELDS.estimatedDaysMin,
                      METHOD_FIELDS.estimatedDaysMax,
                    ]}
                  />
                  <details>
                    <summary>Edit or delete the zone {zone.name}</summary>
                    <ActionForm
                      label={`Edit the zone ${zone.name}`}
                      action={updateZone}
                      submit="Save zone"
                      idPrefix={`zone-edit-${zone.id}`}
                      hidden={{ id: zone.id }}
                      fields={[
                        { name: 'name', label: 'Name', required: true, defaultValue: zone.name },
                        {
                          name: 'countries',
                          label: 'Countries (ISO codes, e.g. DE, FR; none: rest of world)',
                          defaultValue: zone.countries.join(', '),
                        },
                      ]}
                    />
                    <ActionForm
                      label={`Delete the zone ${zone.name}`}
                      action={deleteZone}
                      submit="Delete zone"
                      idPrefix={`zone-delete-${zone.id}`}
                      hidden={{ id: zone.id }}
                      danger={{
                        title: `Delete the zone ${zone.name} and its methods?`,
                        consequences: (
                          <p>
                            {zone.restOfWorld
                              ? 'Countries no other zone names can no longer be shipped to.'
                              : 'Its countries are served by the rest-of-world zone, if there is one, else not at all.'}{' '}
                            Orders already placed keep their shipping.
                          </p>
                        ),
                        confirmLabel: 'Delete zone',
                        keepLabel: 'Keep zone',
                      }}
                      fields={[]}
                    />
                  </details>
                </>
              ) : null}
            </section>
          ))}
          {manage ? (
            <section className="card" aria-labelledby="new-zone">
              <h2 id="new-zone">Add a zone</h2>
              <ActionForm
                label="Add a shipping zone"
                action={createZone}
                submit="Add zone"
                idPrefix="new-zone"
                fields={[
                  { name: 'name', label: 'Name', required: true },
                  {
                    name: 'countries',
                    label: 'Countries (ISO codes, e.g. DE, FR; none: rest of world)',
                  },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
