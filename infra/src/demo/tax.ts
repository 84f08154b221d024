import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's tax, through the public API as its owner: prices entered with tax (what its
 * shoppers have always paid stays the same), a German shop, and zones for the EU, the UK and the US
 * (California as a region); each zone names a rate per tax class it taxes. A shop whose tax is
 * already configured is left as it is, so a restart adds nothing.
 */

const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

const rates = (standard: [string, number], reduced: [string, number]) => [
  { taxClass: 'standard', name: standard[0], ratePpm: standard[1] },
  { taxClass: 'reduced', name: reduced[0], ratePpm: reduced[1] },
  { taxClass: 'zero', name: 'Zero rate', ratePpm: 0 },
];

/** Under the EU's distance-selling threshold a German shop charges German VAT to every member state. */
export const DEMO_TAX_ZONES = [
  { name: 'European Union', places: EU_MEMBERS, rates: rates(['VAT 19%', 190_000], ['VAT 7%', 70_000]) },
  { name: 'United Kingdom', places: ['GB'], rates: rates(['VAT 20%', 200_000], ['VAT 5%', 50_000]) },
  { name: 'California', places: ['US-CA'], rates: rates(['Sales tax 7.25%', 72_500], ['Sales tax 7.25%', 72_500]) },
  { name: 'United States', places: ['US'], rates: [] },
];

export async function seedDemoTax(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { taxSettings } = await call<{ taxSettings: { configured: boolean } }>('{ taxSettings { configured } }');
  if (taxSettings.configured) return [];
  await call(
    `mutation { taxSettingsUpdate(input: { pricesIncludeTax: true, rounding: LINE, originCountry: "DE" }) {
      errors { code message } } }`,
  );
  for (const zone of DEMO_TAX_ZONES) {
    await call(
      `mutation($input: TaxZoneCreateInput!) { taxZoneCreate(input: $input) { zone { id } errors { code message } } }`,
      { input: zone },
    );
  }
  return [`tax zones ${DEMO_TAX_ZONES.map((zone) => zone.name).join(', ')}`];
}
