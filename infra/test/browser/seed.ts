// What the browser journeys need, created through the public API as the demo owner: a published
// product with two priced, stocked variants, an order of them that is still editable, a staff member
// with the read-only `viewer` role (invited, and accepted from the mailed link), and a B2B buyer whose company's customer group has its own
// (lower) price for the first variant.
import { readFile } from 'node:fs/promises';
import { waitForMailFile } from '../../src/mail-folder.ts';

const STOREFRONT_MANIFEST = new URL('../../../apps/storefront/src/generated/persisted-documents.json', import.meta.url);

export interface Api {
  url: string;
  /** the demo storefront's publishable key: shoppers register through it */
  storefrontKey: string;
  /** where identity writes its mail (.eml files): invitations are accepted from there */
  mailDir: string;
}

/** A GraphQL request to the gateway, as staff with `token` (or anonymously). */
export async function call<T>(api: Api, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`seed: ${query.slice(0, 60)}… → ${JSON.stringify(body)}`);
  return body.data;
}

/** The storefront's own trusted document, sent by its hash: storefront keys and shopper tokens may send nothing else. */
async function storefrontCall<T>(
  api: Api,
  operation: string,
  variables: Record<string, unknown>,
  token: string | { publishableKey: string },
): Promise<T> {
  const manifest = JSON.parse(await readFile(STOREFRONT_MANIFEST, 'utf8')) as Record<string, string>;
  const [hash] =
    Object.entries(manifest).find(([, text]) => new RegExp(`^(query|mutation) ${operation}\\b`).test(text)) ?? [];
  if (!hash) throw new Error(`seed: the storefront has no trusted document ${operation}`);
  const credential: Record<string, string> =
    typeof token === 'string' ? { authorization: `Bearer ${token}` } : { 'x-publishable-key': token.publishableKey };
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credential },
    body: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
    }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`seed: ${operation} → ${JSON.stringify(body)}`);
  return body.data;
}

const failOn = (what: string, errors: unknown[]) => {
  if (errors.length) throw new Error(`seed: ${what}: ${JSON.stringify(errors)}`);
};

export async function signIn(api: Api, email: string, password: string) {
  const data = await call<{ sessionCreate: { session: { accessToken: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { accessToken } errors { code message } } }',
    { input: { email, password, tenantSlug: 'demo' } },
  );
  if (!data.sessionCreate.session)
    throw new Error(`seed: sign-in ${email}: ${JSON.stringify(data.sessionCreate.errors)}`);
  return data.sessionCreate.session.accessToken;
}

export async function seedJourneyData(api: Api) {
  const owner = await signIn(api, 'owner@demo.ucos.dev', 'Demo-Password-2026');
  const stamp = Date.now().toString(36);
  const handle = `trail-hoodie-${stamp}`;
  const title = `Trail Hoodie ${stamp}`;

  const list = await call<{ priceListCreate: { priceList: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: PriceListCreateInput!) { priceListCreate(input: $input) { priceList { id } errors { code field message } } }',
    { input: { name: `Retail EUR ${stamp}`, currency: 'EUR' } },
    owner,
  );
  failOn('price list', list.priceListCreate.errors);
  const product = await call<{
    productCreate: { product: { id: string; variants: { id: string; title: string }[] } | null; errors: unknown[] };
  }>(
    api,
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id variants { id title } } errors { code field message } } }',
    {
      input: {
        handle,
        title,
        description: 'A warm hoodie for cold trails.',
        status: 'ACTIVE',
        options: [{ name: 'size', values: ['M', 'L'] }],
        variants: [
          { sku: `HOOD-${stamp}-M`, title: 'Size M', optionValues: [{ name: 'size', value: 'M' }] },
          { sku: `HOOD-${stamp}-L`, title: 'Size L', optionValues: [{ name: 'size', value: 'L' }] },
        ],
      },
    },
    owner,
  );
  failOn('product', product.productCreate.errors);
  const variants = product.productCreate.product!.variants;
  const amounts = [4900, 5400];
  for (const [index, variant] of variants.entries()) {
    const price = await call<{ priceSet: { errors: unknown[] } }>(
      api,
      'mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field message } } }',
      {
        input: {
          variantId: variant.id,
          priceListId: list.priceListCreate.priceList!.id,
          currency: 'EUR',
          amount: amounts[index],
        },
      },
      owner,
    );
    failOn('price', price.priceSet.errors);
  }
  const warehouse = await call<{ warehouseCreate: { warehouse: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } errors { code field message } } }',
    { input: { code: `WH-${stamp}`.toUpperCase(), name: 'Journey warehouse' } },
    owner,
  );
  failOn('warehouse', warehouse.warehouseCreate.errors);
  for (const variant of variants) {
    const stock = await call<{ stockAdjust: { errors: unknown[] } }>(
      api,
      'mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code field message } } }',
      {
        input: {
          variantId: variant.id,
          warehouseId: warehouse.warehouseCreate.warehouse!.id,
          delta: 25,
          reason: 'RECEIPT',
          idempotencyKey: `journey-${stamp}-${variant.id}`,
        },
      },
      owner,
    );
    failOn('stock', stock.stockAdjust.errors);
  }

  const editableOrder = await placeOrder(api, owner, `line-edit-${stamp}@example.com`, [
    { variantId: variants[0]!.id, quantity: 3 },
    { variantId: variants[1]!.id, quantity: 1 },
  ]);

  const viewer = { email: `viewer-${stamp}@demo.ucos.dev`, password: 'Viewer-Password-2026', accessToken: '' };
  const invited = await call<{ memberInvite: { errors: unknown[] } }>(
    api,
    'mutation($input: MemberInviteInput!) { memberInvite(input: $input) { errors { code field message } } }',
    { input: { email: viewer.email, roleNames: ['viewer'] } },
    owner,
  );
  failOn('viewer invitation', invited.memberInvite.errors);
  const mail = await waitForMailFile(api.mailDir, viewer.email, /invited/);
  const token = new URL(mail.links[0] ?? '').searchParams.get('token');
  const accepted = await call<{ invitationAccept: { errors: unknown[] } }>(
    api,
    'mutation($input: InvitationAcceptInput!) { invitationAccept(input: $input) { errors { code field message } } }',
    { input: { token, password: viewer.password, name: 'Read Only' } },
  );
  failOn('viewer accepts', accepted.invitationAccept.errors);
  viewer.accessToken = await signIn(api, viewer.email, viewer.password);

  const buyer = await seedB2bBuyer(api, owner, stamp, variants[0]!.id);
  const fieldsShopper = await seedShopperWithOrder(api, stamp, variants[1]!.id);

  return {
    productId: product.productCreate.product!.id,
    productHandle: handle,
    productTitle: title,
    searchWord: 'Trail Hoodie',
    secondVariantTitle: variants[1]!.title,
    firstPriceText: '49.00',
    secondPriceText: '54.00',
    skus: [`HOOD-${stamp}-M`, `HOOD-${stamp}-L`],
    variantIds: variants.map((variant) => variant.id),
    warehouseCode: `WH-${stamp}`.toUpperCase(),
    editableOrder,
    viewer,
    buyer,
    buyerPriceText: '39.00',
    fieldsShopper,
  };
}

/**
 * A shopper account with one order of its own, placed through the storefront's trusted documents
 * with the shopper's token (the custom-fields journey shows public customer and order fields to it).
 */
async function seedShopperWithOrder(api: Api, stamp: string, variantId: string) {
  const shopper = { email: `fields-${stamp}@example.com`, password: 'Fields-Password-2026', orderId: '' };
  const token = await registerShopper(api, shopper.email, shopper.password, 'Field Shopper');
  const cart = await storefrontCall<{ cartCreate: { cart: { id: string } | null; errors: unknown[] } }>(
    api,
    'AddToCart_CartCreate',
    { input: { currency: 'EUR' } },
    token,
  );
  failOn('shopper cart', cart.cartCreate.errors);
  const cartId = cart.cartCreate.cart!.id;
  const added = await storefrontCall<{ cartLinesAdd: { errors: unknown[] } }>(
    api,
    'AddToCart_LinesAdd',
    { input: { cartId, lines: [{ variantId, quantity: 1 }] } },
    token,
  );
  failOn('shopper cart lines', added.cartLinesAdd.errors);
  const placed = await storefrontCall<{ checkoutComplete: { order: { id: string } | null; errors: unknown[] } }>(
    api,
    'CheckoutForm_Complete',
    {
      input: {
        cartId,
        idempotencyKey: `journey-fields-${cartId}`,
        email: shopper.email,
        shippingAddress: {
          name: 'Field Shopper',
          line1: 'Hauptstraße 3',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
        payment: { provider: 'test', token: 'tok_visa' },
      },
    },
    token,
  );
  failOn('shopper checkout', placed.checkoutComplete.errors);
  shopper.orderId = placed.checkoutComplete.order!.id;
  return shopper;
}

/**
 * A shopper account registered as a shopper does (the storefront's form, then the link mailed to
 * the address); returns the new session's access token.
 */
export async function registerShopper(api: Api, email: string, password: string, name: string): Promise<string> {
  const registered = await storefrontCall<{ customerRegister: { done: boolean; errors: unknown[] } }>(
    api,
    'CustomerSignUp_Register',
    { input: { email, password, name } },
    { publishableKey: api.storefrontKey },
  );
  failOn(`account ${email}`, registered.customerRegister.errors);
  const link = await waitForMailFile(api.mailDir, email, /Your account at/);
  const token = new URL(link.links.find((url) => url.includes('/account/verify'))!).searchParams.get('token');
  const confirmed = await storefrontCall<{
    customerRegisterComplete: { session: { accessToken: string } | null; errors: unknown[] };
  }>(api, 'CustomerVerify_Complete', { input: { token, password } }, { publishableKey: api.storefrontKey });
  failOn(`account confirmation ${email}`, confirmed.customerRegisterComplete.errors);
  return confirmed.customerRegisterComplete.session!.accessToken;
}

/** A company priced at its own customer group, a shopper account as its buyer, once catalog knows it. */
async function seedB2bBuyer(api: Api, owner: string, stamp: string, variantId: string) {
  const group = `wholesale-${stamp}`;
  const list = await call<{ priceListCreate: { priceList: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: PriceListCreateInput!) { priceListCreate(input: $input) { priceList { id } errors { code field message } } }',
    { input: { name: `Wholesale EUR ${stamp}`, currency: 'EUR', customerGroup: group } },
    owner,
  );
  failOn('b2b price list', list.priceListCreate.errors);
  const price = await call<{ priceSet: { errors: unknown[] } }>(
    api,
    'mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field message } } }',
    { input: { variantId, priceListId: list.priceListCreate.priceList!.id, currency: 'EUR', amount: 3900 } },
    owner,
  );
  failOn('b2b price', price.priceSet.errors);
  const company = await call<{ companyCreate: { company: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: CompanyCreateInput!) { companyCreate(input: $input) { company { id } errors { code field message } } }',
    { input: { name: `Journey Trading ${stamp}`, customerGroup: group } },
    owner,
  );
  failOn('company', company.companyCreate.errors);
  const buyer = { email: `buyer-${stamp}@example.com`, password: 'Buyer-Password-2026', accessToken: '' };
  buyer.accessToken = await registerShopper(api, buyer.email, buyer.password, 'Journey Buyer');
  const me = await storefrontCall<{ viewer: { customer: { id: string } | null } }>(
    api,
    'AccountPage_Me',
    {},
    buyer.accessToken,
  );
  const added = await call<{ companyBuyerAdd: { errors: unknown[] } }>(
    api,
    'mutation($input: CompanyBuyerAddInput!) { companyBuyerAdd(input: $input) { errors { code field message } } }',
    { input: { companyId: company.companyCreate.company!.id, customerId: me.viewer.customer!.id } },
    owner,
  );
  failOn('company buyer', added.companyBuyerAdd.errors);
  // catalog learns the buyer's group from an event: wait until it prices them at it
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = await storefrontCall<{ variant: { price: { amount: number } | null } | null }>(
      api,
      'VariantPicker_Live',
      { id: variantId, currency: 'EUR', quantity: 1 },
      buyer.accessToken,
    ).catch(() => null);
    if (seen?.variant?.price?.amount === 3900) return buyer;
    if (Date.now() > deadline)
      throw new Error(`seed: catalog never priced the buyer at the company's group: ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * An order placed by the owner from an anonymous cart (staff may check out any cart), left in
 * CREATED so its lines can still be edited.
 */
export async function placeOrder(
  api: Api,
  owner: string,
  email: string,
  lines: { variantId: string; quantity: number }[],
): Promise<{ id: string; email: string }> {
  const cart = await call<{ cartCreate: { cart: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: CartCreateInput!) { cartCreate(input: $input) { cart { id } errors { code field message } } }',
    { input: { currency: 'EUR' } },
    owner,
  );
  failOn('cart', cart.cartCreate.errors);
  const cartId = cart.cartCreate.cart!.id;
  const added = await call<{ cartLinesAdd: { errors: unknown[] } }>(
    api,
    'mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code field message } } }',
    { input: { cartId, lines } },
    owner,
  );
  failOn('cart lines', added.cartLinesAdd.errors);
  const placed = await call<{ checkoutComplete: { order: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id } errors { code field message } } }',
    {
      input: {
        cartId,
        idempotencyKey: `journey-order-${cartId}`,
        email,
        shippingAddress: {
          name: 'Line Edit',
          line1: 'Hauptstraße 2',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
        payment: { provider: 'test', token: 'tok_visa' },
      },
    },
    owner,
  );
  failOn('checkout', placed.checkoutComplete.errors);
  return { id: placed.checkoutComplete.order!.id, email };
}
