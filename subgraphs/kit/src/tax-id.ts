import { z } from 'zod';
import { rule } from './validation.ts';

/**
 * EU VAT identification numbers by their published formats (the country prefix, then the national
 * pattern). A format check only: whether the number is registered is VIES's answer, which a tax
 * service adapter can add behind the tax port.
 */
const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** The EU member states (ISO 3166 alpha-2). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  Object.keys(VAT_FORMATS).map((prefix) => (prefix === 'EL' ? 'GR' : prefix)),
);

/** Spaces, dots and dashes removed, upper case: how VAT ids are compared and stored. */
export const normalisedTaxId = (taxId: string) => taxId.replace(/[\s.-]/g, '').toUpperCase();

/**
 * The member state (ISO 3166 alpha-2; Greece's "EL" prefix is GR) of a well-formed EU VAT id, else
 * null.
 */
export function euVatCountry(taxId: string): string | null {
  const id = normalisedTaxId(taxId);
  const prefix = id.slice(0, 2);
  const format = VAT_FORMATS[prefix];
  if (!format?.test(id.slice(2))) return null;
  return prefix === 'EL' ? 'GR' : prefix;
}

/** A tax id the platform can store: an EU VAT id must be well-formed, any other 4-20 letters and digits. */
export function taxIdProblem(taxId: string): string | null {
  const id = normalisedTaxId(taxId);
  if (!/^[A-Z0-9+*]{4,20}$/.test(id)) return 'A tax id is 4-20 letters and digits';
  const prefix = id.slice(0, 2);
  const looksEu = EU_COUNTRIES.has(prefix) || prefix === 'EL';
  if (looksEu && euVatCountry(id) === null) return `Not a valid ${prefix} VAT id`;
  return null;
}

/** The tax id rule for an input field (`validate: taxIdRule`): an empty string clears it, anything else must be a tax id. */
export const taxIdRule = rule(
  z.string().superRefine((taxId, context) => {
    if (taxId.trim() === '') return;
    const problem = taxIdProblem(taxId);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  'INVALID_TAX_ID',
);
