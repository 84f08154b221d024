import { encodeGlobalId, postalAddress, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { Address } from '../data/rows.ts';

/** Catalog's variant, referenced by id: the gateway fetches its title, product, price and stock. */
export const ProductVariantRef = builder.externalRef(
  'ProductVariant',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
ProductVariantRef.implement({ externalFields: (t) => ({ id: t.id() }), fields: () => ({}) });

export const variantReference = (variantId: string) => ({ id: encodeGlobalId('ProductVariant', variantId) });

export const AddressRef = builder.objectRef<Address & { id?: string }>('Address').implement({
  fields: (t) => ({
    id: t.id({ nullable: true, resolve: (address) => (address.id ? encodeGlobalId('Address', address.id) : null) }),
    name: t.exposeString('name'),
    line1: t.exposeString('line1'),
    line2: t.string({ nullable: true, resolve: (address) => address.line2 ?? null }),
    city: t.exposeString('city'),
    postalCode: t.exposeString('postalCode'),
    country: t.exposeString('country', { description: 'ISO 3166 alpha-2' }),
    phone: t.string({ nullable: true, resolve: (address) => address.phone ?? null }),
  }),
});

export const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text() }),
    line1: t.string({ required: true, validate: rules.text() }),
    line2: t.string({ validate: rules.text({ required: false }) }),
    city: t.string({ required: true, validate: rules.text() }),
    postalCode: t.string({ required: true, validate: rules.text() }),
    country: t.string({ required: true, description: 'ISO 3166 alpha-2', validate: rules.countryCode }),
    phone: t.string({
      validate: rules.text({ required: false }),
      description: 'A number dialable in `country`, or in international form (`+49 30 1234567`)',
    }),
  }),
});

/**
 * Put on every field of type AddressInput: street, postal code and phone checked against the
 * address's country, every problem reported at once (INVALID_STREET, INVALID_POSTAL_CODE, INVALID_PHONE).
 */
export const addressRule = postalAddress;

export const money = (amount: number, currency: string) => ({ amount, currency });
