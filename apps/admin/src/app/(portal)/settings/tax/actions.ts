'use server';
import { type FieldErrors, fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { TAX_CLASSES } from './classes.ts';

const BACK = '/settings/tax';
const done = (message: string): FormState => {
  revalidatePath(BACK);
  return { ok: true, message };
};

const SettingsUpdate = graphql(`
  mutation SettingsTax_SettingsUpdate($input: TaxSettingsUpdateInput!) {
    taxSettingsUpdate(input: $input) {
      taxSettings {
        configured
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function updateTaxSettings(_: FormState, form: FormData): Promise<FormState> {
  const rounding = text(form, 'rounding') === 'TOTAL' ? ('TOTAL' as const) : ('LINE' as const);
  const input = {
    pricesIncludeTax: text(form, 'pricesIncludeTax') === 'yes',
    rounding,
    originCountry: text(form, 'originCountry') || null,
  };
  const { taxSettingsUpdate } = await mutate(SettingsUpdate, { input }, BACK);
  if (taxSettingsUpdate.errors.length) return { errors: fieldErrors(taxSettingsUpdate.errors) };
  return done('Tax settings saved.');
}

/** "DE, fr US-CA" → ["DE", "fr", "US-CA"]: the API upper-cases and checks each place. */
const placesOf = (form: FormData) =>
  text(form, 'places')
    .split(/[\s,;]+/)
    .filter(Boolean);

/**
 * The rates typed as percentages per class ("19" → 190000 ppm, "8.875" → 88750); a blank rate leaves
 * the class untaxed. A rate that is not a number comes back before the API is asked.
 */
function ratesOf(form: FormData) {
  const rates: { taxClass: string; name: string; ratePpm: number }[] = [];
  const errors: FieldErrors = {};
  for (const taxClass of TAX_CLASSES) {
    const percent = text(form, `rate_${taxClass}`);
    if (!percent) continue;
    const value = Number(percent.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      errors[`rate_${taxClass}`] = 'Enter a percentage from 0 to 100, such as 19 or 8.875.';
      continue;
    }
    const name = text(form, `name_${taxClass}`) || `Tax ${percent}%`;
    rates.push({ taxClass, name, ratePpm: Math.round(value * 10_000) });
  }
  return { rates, errors };
}

/** A problem with one rate (`rates.1.ratePpm`) is shown under that class's field; one place's under places. */
function zoneErrors(errors: Parameters<typeof fieldErrors>[0], rates: { taxClass: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(errors))) {
    const rate = /^rates\.(\d+)/.exec(path);
    const key = rate
      ? `rate_${rates[Number(rate[1])]?.taxClass ?? 'standard'}`
      : path.startsWith('places')
        ? 'places'
        : path;
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}

const zoneValues = (form: FormData) =>
  Object.fromEntries(
    ['name', 'places', ...TAX_CLASSES.flatMap((taxClass) => [`rate_${taxClass}`, `name_${taxClass}`])].map((name) => [
      name,
      text(form, name),
    ]),
  );

const ZoneCreate = graphql(`
  mutation SettingsTax_ZoneCreate($input: TaxZoneCreateInput!) {
    taxZoneCreate(input: $input) {
      zone {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function createTaxZone(_: FormState, form: FormData): Promise<FormState> {
  const { rates, errors } = ratesOf(form);
  if (Object.keys(errors).length) return { errors, values: zoneValues(form) };
  const input = { name: text(form, 'name'), places: placesOf(form), rates };
  const { taxZoneCreate } = await mutate(ZoneCreate, { input }, BACK);
  if (taxZoneCreate.errors.length) {
    return { errors: zoneErrors(taxZoneCreate.errors, rates), values: zoneValues(form) };
  }
  return done(`Tax zone “${input.name}” added.`);
}

const ZoneUpdate = graphql(`
  mutation SettingsTax_ZoneUpdate($input: TaxZoneUpdateInput!) {
    taxZoneUpdate(input: $input) {
      zone {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function updateTaxZone(_: FormState, form: FormData): Promise<FormState> {
  const { rates, errors } = ratesOf(form);
  if (Object.keys(errors).length) return { errors, values: zoneValues(form) };
  const input = { id: text(form, 'id'), name: text(form, 'name'), places: placesOf(form), rates };
  const { taxZoneUpdate } = await mutate(ZoneUpdate, { input }, BACK);
  if (taxZoneUpdate.errors.length) {
    return { errors: zoneErrors(taxZoneUpdate.errors, rates), values: zoneValues(form) };
  }
  return done(`Tax zone “${input.name}” saved.`);
}

const ZoneDelete = graphql(`
  mutation SettingsTax_ZoneDelete($input: TaxZoneDeleteInput!) {
    taxZoneDelete(input: $input) {
      deletedZoneId
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function deleteTaxZone(_: FormState, form: FormData): Promise<FormState> {
  const { taxZoneDelete } = await mutate(ZoneDelete, { input: { id: text(form, 'id') } }, BACK);
  if (taxZoneDelete.errors.length) return { errors: fieldErrors(taxZoneDelete.errors) };
  return done('Tax zone deleted.');
}
