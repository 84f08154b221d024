'use server';
import { type FieldErrors, fieldErrors } from '@ucos/clients';
import { currencyDigits, type FormState, integer, minorUnits, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { mutate } from '../../../../lib/gateway.ts';

const BACK = '/settings/shipping';
const done = (message: string): FormState => {
  revalidatePath(BACK);
  return { ok: true, message };
};

/** "DE, fr at" → ["DE", "fr", "at"]: the API upper-cases and checks each code. */
const countriesOf = (form: FormData) =>
  text(form, 'countries')
    .split(/[\s,;]+/)
    .filter(Boolean);

/** A problem with one country (`countries.2`) is shown under the countries field. */
const zoneErrors = (errors: Parameters<typeof fieldErrors>[0]): FieldErrors => {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(errors))) {
    const key = path.startsWith('countries') ? 'countries' : path;
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
};

const ZoneCreate = graphql(`
  mutation SettingsShipping_ZoneCreate($input: ShippingZoneCreateInput!) {
    shippingZoneCreate(input: $input) {
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

export async function createZone(_: FormState, form: FormData): Promise<FormState> {
  const input = { name: text(form, 'name'), countries: countriesOf(form) };
  const { shippingZoneCreate } = await mutate(ZoneCreate, { input }, BACK);
  if (shippingZoneCreate.errors.length) {
    return {
      errors: zoneErrors(shippingZoneCreate.errors),
      values: { name: input.name, countries: text(form, 'countries') },
    };
  }
  return done(`Zone “${input.name}” added.`);
}

const ZoneUpdate = graphql(`
  mutation SettingsShipping_ZoneUpdate($input: ShippingZoneUpdateInput!) {
    shippingZoneUpdate(input: $input) {
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

export async function updateZone(_: FormState, form: FormData): Promise<FormState> {
  const input = { id: text(form, 'id'), name: text(form, 'name'), countries: countriesOf(form) };
  const { shippingZoneUpdate } = await mutate(ZoneUpdate, { input }, BACK);
  if (shippingZoneUpdate.errors.length) {
    return {
      errors: zoneErrors(shippingZoneUpdate.errors),
      values: { name: input.name, countries: text(form, 'countries') },
    };
  }
  return done(`Zone “${input.name}” saved.`);
}

const ZoneDelete = graphql(`
  mutation SettingsShipping_ZoneDelete($input: ShippingZoneDeleteInput!) {
    shippingZoneDelete(input: $input) {
      deletedZoneId
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function deleteZone(_: FormState, form: FormData): Promise<FormState> {
  const { shippingZoneDelete } = await mutate(ZoneDelete, { input: { id: text(form, 'id') } }, BACK);
  if (shippingZoneDelete.errors.length) return { errors: fieldErrors(shippingZoneDelete.errors) };
  return done('Zone deleted.');
}

/**
 * The amounts typed as decimals in the method's currency ("4.99" EUR → 499); a blank threshold is
 * none. The form's own problems, when an amount is not a number, come back before the API is asked.
 */
function methodAmounts(form: FormData, currency: string) {
  const digits = currencyDigits(/^[A-Z]{3}$/.test(currency) ? currency : 'EUR');
  const amount = minorUnits(text(form, 'amount'), digits);
  const freeFromText = text(form, 'freeFrom');
  const freeFrom = freeFromText ? minorUnits(freeFromText, digits) : null;
  const errors: FieldErrors = {};
  if (amount === null) errors.amount = `Enter a price such as 4.99 (at most ${digits} decimals).`;
  if (freeFromText && freeFrom === null) errors.freeFrom = 'Enter an amount such as 50.00, or leave it blank.';
  return { amount, freeFrom, errors };
}

const methodValues = (form: FormData) =>
  Object.fromEntries(
    ['code', 'name', 'currency', 'amount', 'freeFrom', 'estimatedDaysMin', 'estimatedDaysMax'].map((name) => [
      name,
      text(form, name),
    ]),
  );

const MethodCreate = graphql(`
  mutation SettingsShipping_MethodCreate($input: ShippingZoneMethodCreateInput!) {
    shippingZoneMethodCreate(input: $input) {
      method {
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

export async function createMethod(_: FormState, form: FormData): Promise<FormState> {
  const currency = text(form, 'currency');
  const { amount, freeFrom, errors } = methodAmounts(form, currency);
  const daysMin = integer(form, 'estimatedDaysMin');
  const daysMax = integer(form, 'estimatedDaysMax');
  if (daysMin === null) errors.estimatedDaysMin = 'Enter a whole number of days.';
  if (daysMax === null) errors.estimatedDaysMax = 'Enter a whole number of days.';
  if (amount === null || daysMin === null || daysMax === null || Object.keys(errors).length) {
    return { errors, values: methodValues(form) };
  }
  const input = {
    zoneId: text(form, 'zoneId'),
    code: text(form, 'code'),
    name: text(form, 'name'),
    currency,
    amount,
    ...(freeFrom !== null ? { freeFrom } : {}),
    estimatedDaysMin: daysMin,
    estimatedDaysMax: daysMax,
  };
  const { shippingZoneMethodCreate } = await mutate(MethodCreate, { input }, BACK);
  if (shippingZoneMethodCreate.errors.length) {
    return { errors: fieldErrors(shippingZoneMethodCreate.errors), values: methodValues(form) };
  }
  return done(`Method “${input.name}” added.`);
}

const MethodUpdate = graphql(`
  mutation SettingsShipping_MethodUpdate($input: ShippingZoneMethodUpdateInput!) {
    shippingZoneMethodUpdate(input: $input) {
      method {
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

/** Name, price, threshold (blank removes it) and delivery estimate of a method; its code and currency stay. */
export async function updateMethod(_: FormState, form: FormData): Promise<FormState> {
  const { amount, freeFrom, errors } = methodAmounts(form, text(form, 'currency'));
  const daysMin = integer(form, 'estimatedDaysMin');
  const daysMax = integer(form, 'estimatedDaysMax');
  if (daysMin === null) errors.estimatedDaysMin = 'Enter a whole number of days.';
  if (daysMax === null) errors.estimatedDaysMax = 'Enter a whole number of days.';
  if (amount === null || daysMin === null || daysMax === null || Object.keys(errors).length) {
    return { errors, values: methodValues(form) };
  }
  const input = {
    id: text(form, 'id'),
    name: text(form, 'name'),
    amount,
    freeFrom,
    estimatedDaysMin: daysMin,
    estimatedDaysMax: daysMax,
  };
  const { shippingZoneMethodUpdate } = await mutate(MethodUpdate, { input }, BACK);
  if (shippingZoneMethodUpdate.errors.length) {
    return { errors: fieldErrors(shippingZoneMethodUpdate.errors), values: methodValues(form) };
  }
  return done(`Method “${input.name}” saved.`);
}

const MethodDelete = graphql(`
  mutation SettingsShipping_MethodDelete($input: ShippingZoneMethodDeleteInput!) {
    shippingZoneMethodDelete(input: $input) {
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

export async function deleteMethod(_: FormState, form: FormData): Promise<FormState> {
  const { shippingZoneMethodDelete } = await mutate(MethodDelete, { input: { id: text(form, 'id') } }, BACK);
  if (shippingZoneMethodDelete.errors.length) return { errors: fieldErrors(shippingZoneMethodDelete.errors) };
  return done('Method deleted.');
}
