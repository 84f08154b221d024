import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { encodeGlobalId, inputMutation, type KitAuthScopes, postalAddress, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { OrdersContext } from '../context.ts';
import type { OrdersErrorCode, OrdersResult } from '../data/errors.ts';
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

/** Staff who may read the shop's orders, customers, gift cards, promotions and subscriptions. */
export const READ = { scope: 'orders:read' } as const;
/** Staff who may change them. */
export const MANAGE = { scope: 'orders:manage' } as const;

type Types = typeof builder.$inferSchemaTypes;

/** How one mutation of `recordMutations` differs from the others: its input, codes, description and work. */
export interface RecordMutation<Input, Row> {
  input: InputObjectRef<Types, Input>;
  codes: readonly OrdersErrorCode[];
  description?: string;
  run(context: OrdersContext, input: Input): Promise<OrdersResult<Row>>;
}

/**
 * The mutations that act on one record and answer with it, `{ giftCard, errors }`: given the payload
 * field, its type and who may call them, a function that declares each by its field name
 * (`inputMutation`, the payload named after it).
 */
export function recordMutations<Row>(record: {
  field: string;
  type: ObjectRef<Types, Row>;
  /** as on any field: a scope map, `$any` of several included */
  authScopes: Partial<KitAuthScopes> | { $any: Partial<KitAuthScopes> };
}) {
  return <Input>(name: string, mutation: RecordMutation<Input, Row>) =>
    inputMutation(builder, name, {
      input: mutation.input,
      payload: { codes: mutation.codes, field: record.field, type: record.type },
      authScopes: record.authScopes,
      description: mutation.description,
      run: mutation.run,
      fields: (value) => ({ [record.field]: value }),
    });
}
