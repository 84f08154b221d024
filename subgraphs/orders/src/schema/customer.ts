import { CURSOR_KEYS, connectionType, encodeGlobalId, localUuid, ok, pageOf, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import { customerIdOf } from '../data/access.ts';
import { addBuyer, type CompanyRow, createCompany, listCompanies } from '../data/companies.ts';
import { type GuestCustomerRow, listGuestCustomers } from '../data/customer-orders.ts';
import { addAddress, type CustomerRow, listCustomers, myProfile, updateProfile } from '../data/customers.ts';
import { ordersFail } from '../data/errors.ts';
import { AddressInput, AddressRef, addressRule, recordMutations } from './common.ts';
import { CustomFieldValueFilter, CustomFieldValueInput } from './custom-field-types.ts';
import { addressesLoader, buyersLoader, companyLoader, dbOf, orderSummaryLoader } from './loaders.ts';

export const CustomerRef = builder.objectRef<CustomerRow>('Customer');
export const CompanyRef = builder.objectRef<CompanyRow>('Company');

CustomerRef.implement({
  description: 'A storefront account; its id is the subject of the customer token identity issues',
  fields: (t) => ({
    id: t.id({ resolve: (customer) => encodeGlobalId('Customer', customer.id) }),
    email: t.exposeString('email', { nullable: true }),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
    version: t.exposeInt('version'),
    addresses: t.field({
      type: [AddressRef],
      resolve: (customer, _a, context) => addressesLoader(context).load(customer.id),
    }),
    company: t.field({
      type: CompanyRef,
      nullable: true,
      resolve: (customer, _a, context) => (customer.companyId ? companyLoader(context).load(customer.companyId) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    displayName: t.string({
      nullable: true,
      description: 'First and last name, else the name on their newest order’s shipping address; null: neither',
      resolve: async (customer, _a, context) =>
        [customer.firstName, customer.lastName].filter(Boolean).join(' ') ||
        ((await orderSummaryLoader(context).load(customer.id))?.lastShippingName ?? null),
    }),
    orderCount: t.int({
      resolve: async (customer, _a, context) => (await orderSummaryLoader(context).load(customer.id))?.orderCount ?? 0,
    }),
    lastOrderAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (customer, _a, context) =>
        (await orderSummaryLoader(context).load(customer.id))?.lastOrderAt ?? null,
    }),
  }),
});

const GuestCustomerRef = builder.objectRef<GuestCustomerRow>('GuestCustomer').implement({
  description: 'A shopper who checked out without an account, known by the email of their orders',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true, description: 'The name on their newest order’s shipping address' }),
    orderCount: t.exposeInt('orderCount'),
    lastOrderAt: t.expose('lastOrderAt', { type: 'DateTime' }),
  }),
});

const GuestCustomerConnection = connectionType(builder, 'GuestCustomer', GuestCustomerRef);
builder.queryField('guestCustomers', (t) =>
  t.connection(
    {
      type: GuestCustomerRef,
      description: 'Guests, one per email (any case), the most recent buyer first',
      authScopes: { scope: 'orders:read' },
      resolve: (_root, args, context) => listGuestCustomers(dbOf(context), pageOf(args, CURSOR_KEYS.position)),
    },
    GuestCustomerConnection,
  ),
);

CompanyRef.implement({
  description: 'A B2B buyer organisation; its customer group selects catalog prices for its buyers',
  fields: (t) => ({
    id: t.id({ resolve: (company) => encodeGlobalId('Company', company.id) }),
    name: t.exposeString('name'),
    customerGroup: t.exposeString('customerGroup'),
    version: t.exposeInt('version'),
    buyers: t.field({ type: [CustomerRef], resolve: (company, _a, context) => buyersLoader(context).load(company.id) }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: CustomerRef,
    nullable: true,
    description: "The signed-in customer's profile (created on first use)",
    authScopes: { kind: 'customer' },
    resolve: (_root, _args, context) => {
      const customerId = customerIdOf(context.auth);
      return customerId ? myProfile(dbOf(context), customerId) : null;
    },
  }),
);

const CustomerFilter = builder.inputType('CustomerFilter', {
  fields: (t) => ({
    customFields: t.field({
      type: [CustomFieldValueFilter],
      description: 'Each custom field (at most 10) must have one of its values',
    }),
  }),
});

const CustomerConnection = connectionType(builder, 'Customer', CustomerRef);
builder.queryField('customers', (t) =>
  t.connection(
    {
      type: CustomerRef,
      authScopes: { scope: 'orders:read' },
      args: { filter: t.arg({ type: CustomerFilter }) },
      resolve: (_root, args, context) =>
        listCustomers(dbOf(context), pageOf(args, CURSOR_KEYS.id), {
          customFields: args.filter?.customFields ?? null,
        }),
    },
    CustomerConnection,
  ),
);

const CompanyConnection = connectionType(builder, 'Company', CompanyRef);
builder.queryField('companies', (t) =>
  t.connection(
    {
      type: CompanyRef,
      authScopes: { scope: 'orders:read' },
      resolve: (_root, args, context) => listCompanies(dbOf(context), pageOf(args, CURSOR_KEYS.id)),
    },
    CompanyConnection,
  ),
);

/** What a signed-in shopper changes of their own profile: the mutations answer with it. */
const customerMutation = recordMutations({ field: 'customer', type: CustomerRef, authScopes: { kind: 'customer' } });

const CustomerUpdateInput = builder.inputType('CustomerUpdateInput', {
  fields: (t) => ({
    email: t.string({ validate: rules.email }),
    firstName: t.string(),
    lastName: t.string(),
    version: t.int(),
    customFields: t.field({
      type: [CustomFieldValueInput],
      description:
        'Values of the CUSTOMER custom fields the shop shows shoppers (STOREFRONT); null or "" removes one, fields not named keep theirs',
    }),
  }),
});

customerMutation('customerUpdate', {
  input: CustomerUpdateInput,
  codes: [
    'CONFLICT',
    'INVALID_EMAIL',
    'INVALID_INPUT',
    'UNKNOWN_CUSTOM_FIELD',
    'INVALID_CUSTOM_FIELD_VALUE',
    'CUSTOM_FIELD_REQUIRED',
  ],
  run: (context, input) => updateProfile(dbOf(context), customerIdOf(context.auth) as string, input),
});

const CustomerAddressAddInput = builder.inputType('CustomerAddressAddInput', {
  fields: (t) => ({ address: t.field({ type: AddressInput, required: true, validate: addressRule }) }),
});

customerMutation('customerAddressAdd', {
  input: CustomerAddressAddInput,
  codes: ['INVALID_INPUT', 'INVALID_PHONE', 'INVALID_POSTAL_CODE', 'INVALID_STREET'],
  run: async (context, input) => {
    const customerId = customerIdOf(context.auth) as string;
    const db = dbOf(context);
    const added = await addAddress(db, customerId, input.address);
    return added.ok ? ok(await myProfile(db, customerId)) : added;
  },
});

/** Staff's mutations of B2B companies: they answer with the company. */
const companyMutation = recordMutations({ field: 'company', type: CompanyRef, authScopes: { scope: 'orders:manage' } });

const CompanyCreateInput = builder.inputType('CompanyCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    customerGroup: t.string({ required: true, description: "Catalog's customer group for this company's prices" }),
  }),
});

companyMutation('companyCreate', {
  input: CompanyCreateInput,
  codes: ['INVALID_INPUT'],
  run: async (context, input) => {
    if (!input.name.trim() || input.name.length > 200) {
      return ordersFail('INVALID_INPUT', 'A name is required', ['input', 'name']);
    }
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(input.customerGroup)) {
      return ordersFail('INVALID_INPUT', 'Letters, digits, _ and -', ['input', 'customerGroup']);
    }
    return createCompany(dbOf(context), { name: input.name.trim(), customerGroup: input.customerGroup });
  },
});

const CompanyBuyerAddInput = builder.inputType('CompanyBuyerAddInput', {
  fields: (t) => ({ companyId: t.id({ required: true }), customerId: t.id({ required: true }) }),
});

companyMutation('companyBuyerAdd', {
  input: CompanyBuyerAddInput,
  codes: ['NOT_FOUND'],
  description: 'Makes a customer a buyer of the company: their carts are priced for its customer group',
  run: (context, input) => {
    const companyId = localUuid(input.companyId, 'Company', ['input', 'companyId']);
    const customerId = localUuid(input.customerId, 'Customer', ['input', 'customerId']);
    return addBuyer(dbOf(context), context.deps.customerAccounts, companyId, customerId);
  },
});
