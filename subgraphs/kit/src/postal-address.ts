import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { z } from 'zod';
import { rule } from './validation.ts';

/**
 * A shipping or billing address as a shop checks it: the postal code in its country's format, a
 * phone number that exists in the country's numbering plan, a street that is more than a stroke of
 * the keyboard. Every problem is reported at once, each on its own field with its own code, so a
 * checkout form can show them all next to their fields.
 */

export const POSTAL_ADDRESS_CODES = ['INVALID_STREET', 'INVALID_POSTAL_CODE', 'INVALID_PHONE'] as const;

/** The postal code fits its country's format; a country without a known format takes any code. */
export function isPostalCodeValid(postalCode: string, country: string): boolean {
  const code = country.toUpperCase();
  if (!postcodeValidatorExistsForCountry(code)) return true;
  return postcodeValidator(postalCode.trim(), code);
}

/** A number dialable in the country (or any country when given in international form, `+49 …`). */
export function isPhoneValid(phone: string, country: string): boolean {
  const parsed = parsePhoneNumberFromString(phone, { defaultCountry: country.toUpperCase() as never });
  return parsed?.isValid() ?? false;
}

/** At least 3 characters with a letter: "x" or "12" is a slip, "Hauptstr. 5" a street. */
export function isStreetValid(street: string): boolean {
  const value = street.trim();
  return value.length >= 3 && /\p{L}/u.test(value);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** "Germany" for DE, as a shopper reads it; the code itself when the runtime does not know it. */
function countryName(country: string): string {
  try {
    return regionNames.of(country.toUpperCase()) ?? country.toUpperCase();
  } catch {
    return country.toUpperCase();
  }
}

// Blank required text is `rules.text()`'s to report; these checks only judge what was typed.
const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

const addressShape = z.looseObject({
  line1: z.string(),
  postalCode: z.string(),
  country: z.string(),
  phone: z.string().nullish(),
});

/** The address rule: put it on every address input field (`validate: postalAddress`). */
export const postalAddress = rule(
  addressShape.superRefine((address, context) => {
    // an address is judged against its country: without a well-formed one, the country's own rule speaks alone
    if (!/^[A-Za-z]{2}$/.test(address.country)) return;
    const report = (field: string, code: string, message: string) =>
      context.addIssue({ code: 'custom', path: [field], message, params: { code } });
    if (filled(address.line1) && !isStreetValid(address.line1)) {
      report('line1', 'INVALID_STREET', 'Enter a street and house number (at least 3 characters with a letter)');
    }
    if (filled(address.postalCode) && !isPostalCodeValid(address.postalCode, address.country)) {
      report('postalCode', 'INVALID_POSTAL_CODE', `Enter a postal code as written in ${countryName(address.country)}`);
    }
    if (filled(address.phone) && !isPhoneValid(address.phone, address.country)) {
      report('phone', 'INVALID_PHONE', `Enter a phone number that can be called in ${countryName(address.country)}`);
    }
  }),
  'INVALID_POSTAL_CODE',
  ['INVALID_STREET', 'INVALID_PHONE'],
);
