import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createTaxZone, deleteTaxZone, updateTaxSettings, updateTaxZone } from './actions.ts';
import { percentOf, TAX_CLASSES } from './classes.ts';

export const metadata = { title: 'Tax settings' };
const HERE = '/settings/tax';

const Tax = graphql(`
  query SettingsTax_Settings {
    taxSettings {
      configured
      pricesIncludeTax
      rounding
      originCountry
      zones {
        id
        name
        places
        rates {
          taxClass
          name
          ratePpm
        }
      }
    }
  }
`);

type Zone = { name: string; places: string[]; rates: { taxClass: string; name: string; ratePpm: number }[] };

/** The rate fields of a zone form: a percentage and a name per class, blank: untaxed. */
const rateFields = (zone?: Zone) =>
  TAX_CLASSES.flatMap((taxClass) => {
    const rate = zone?.rates.find((candidate) => candidate.taxClass === taxClass);
    return [
      {
        name: `rate_${taxClass}`,
        label: `${taxClass} rate in % (blank: untaxed)`,
        defaultValue: rate ? percentOf(rate.ratePpm) : '',
      },
      { name: `name_${taxClass}`, label: `${taxClass} rate name (e.g. VAT 19%)`, defaultValue: rate?.name ?? '' },
    ];
  });

const PLACES_LABEL = 'Places (ISO codes: DE for a country, US-CA for a region)';

export default async function TaxSettingsPage() {
  const viewer = await requireViewer(HERE);
  const manage = can(viewer.scopes, 'orders:manage');
  const data = can(viewer.scopes, 'orders:read') ? await gql(Tax, {}, HERE) : null;
  const settings = data?.taxSettings;
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Tax</h1>
      <p className="muted">
        Each product variant has a tax class (standard, reduced, zero or exempt). A destination is taxed by the zone
        naming its region, else its country, at that zone's rate for each line's class; shipping is taxed at the
        standard rate. Before checkout, carts are taxed as if shipped to the store's country. An EU business buyer with
        a VAT id of another member state is reverse-charged.
      </p>
      {!settings ? (
        <p className="muted" role="note">
          Your role cannot read the tax settings (it lacks orders:read).
        </p>
      ) : (
        <>
          {!manage ? (
            <p className="muted" role="note">
              You can view the tax settings but not change them (your role lacks orders:manage).
            </p>
          ) : null}
          {!settings.configured ? (
            <p role="note">Not set up yet: the store charges the platform's flat default rate.</p>
          ) : null}
          <section className="card" aria-labelledby="tax-prices">
            <h2 id="tax-prices">Prices and rounding</h2>
            <dl data-testid="tax-settings">
              <dt>Prices</dt>
              <dd>
                {settings.pricesIncludeTax ? 'include tax (shown “incl. VAT”)' : 'exclude tax (added at checkout)'}
              </dd>
              <dt>Rounding</dt>
              <dd>{settings.rounding === 'TOTAL' ? 'once per rate on the total' : 'per line'}</dd>
              <dt>Store country</dt>
              <dd>{settings.originCountry ?? '—'}</dd>
            </dl>
            {manage ? (
              <ActionForm
                label="Tax settings"
                action={updateTaxSettings}
                submit="Save tax settings"
                idPrefix="tax-settings"
                fields={[
                  {
                    name: 'pricesIncludeTax',
                    label: 'Prices entered',
                    options: [
                      { value: 'no', label: 'without tax' },
                      { value: 'yes', label: 'with tax included' },
                    ],
                    defaultValue: settings.pricesIncludeTax ? 'yes' : 'no',
                  },
                  {
                    name: 'rounding',
                    label: 'Rounding',
                    options: [
                      { value: 'LINE', label: 'per line' },
                      { value: 'TOTAL', label: 'once per rate on the total' },
                    ],
                    defaultValue: settings.rounding,
                  },
                  {
                    name: 'originCountry',
                    label: 'Store country (ISO code, e.g. DE)',
                    defaultValue: settings.originCountry ?? '',
                  },
                ]}
              />
            ) : null}
          </section>
          {settings.zones.map((zone) => (
            <section key={zone.id} className="card" aria-labelledby={`tax-zone-${zone.id}`} data-testid="tax-zone">
              <h2 id={`tax-zone-${zone.id}`}>{zone.name}</h2>
              <p data-testid="tax-zone-places">{zone.places.join(', ')}</p>
              {zone.rates.length ? (
                <table aria-label={`Rates of ${zone.name}`}>
                  <thead>
                    <tr>
                      <th>Class</th>
                      <th>Name</th>
                      <th>Rate</th>
                    </tr>
                  </thead>
                  <tbody>
                    {zone.rates.map((rate) => (
                      <tr key={rate.taxClass}>
                        <td>{rate.taxClass}</td>
                        <td>{rate.name}</td>
                        <td>{percentOf(rate.ratePpm)} %</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>No rates: nothing shipped here is taxed.</p>
              )}
              {manage ? (
                <details>
                  <summary>Edit or delete the zone {zone.name}</summary>
                  <ActionForm
                    label={`Edit the tax zone ${zone.name}`}
                    action={updateTaxZone}
                    submit="Save zone"
                    idPrefix={`tax-zone-edit-${zone.id}`}
                    hidden={{ id: zone.id }}
                    fields={[
                      { name: 'name', label: 'Name', required: true, defaultValue: zone.name },
                      { name: 'places', label: PLACES_LABEL, defaultValue: zone.places.join(', ') },
                      ...rateFields(zone),
                    ]}
                  />
                  <ActionForm
                    label={`Delete the tax zone ${zone.name}`}
                    action={deleteTaxZone}
                    submit="Delete zone"
                    idPrefix={`tax-zone-delete-${zone.id}`}
                    hidden={{ id: zone.id }}
                    danger={{
                      title: `Delete the tax zone ${zone.name}?`,
                      consequences: <p>Its places are no longer taxed. Orders already placed keep their tax.</p>,
                      confirmLabel: 'Delete zone',
                      keepLabel: 'Keep zone',
                    }}
                    fields={[]}
                  />
                </details>
              ) : null}
            </section>
          ))}
          {manage ? (
            <section className="card" aria-labelledby="new-tax-zone">
              <h2 id="new-tax-zone">Add a tax zone</h2>
              <ActionForm
                label="Add a tax zone"
                action={createTaxZone}
                submit="Add zone"
                idPrefix="new-tax-zone"
                fields={[
                  { name: 'name', label: 'Name', required: true },
                  { name: 'places', label: PLACES_LABEL, required: true },
                  ...rateFields(),
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
