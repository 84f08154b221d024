import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { type Api, call, signIn } from '../seed.ts';

export interface StorefrontCurrenciesJourneyDeps {
  browser: Browser;
  api: Api;
  storefrontUrl: string;
  /** the platform's database as its superuser: no API lists carts, so the check that none is left behind reads it */
  databaseUrl: string;
  /** the demo shopper who can sign in; their cart is left empty and in euros, as found */
  shopper: { email: string; password: string };
  signInShopper(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

type Errors = { errors: unknown[] };
const must = (what: string, payload: Errors) => {
  if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`);
};

/**
 * The demo shop sells in EUR, USD and GBP (Settings → Store). A product priced 40.00 EUR and 45.00 USD
 * (its own lists, created here through the API as the demo owner) goes into a guest's cart in EUR;
 * the guest switches the shop to US dollars: the product page, the cart (moved to USD with its line)
 * and checkout show dollars, and the order is placed and charged in USD. Switching back shows euros.
 * A second guest's cart holds a product priced in euros only: switching to dollars leaves that cart
 * in euros with its line, says which line has no price in dollars, and creates no cart (no empty
 * dollar cart is left in the orders database). A signed-in shopper (whose one open cart is the one
 * they get back) switches to dollars with the kettle in their cart: the same cart is priced in dollars.
 */
export async function storefrontCurrenciesJourney(deps: StorefrontCurrenciesJourneyDeps) {
  const { browser, api, storefrontUrl, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const owner = await signIn(api, 'owner@demo.ucos.dev', 'Demo-Password-2026');
  const { tenant } = await call<{ tenant: { currencies: string[] } }>(api, '{ tenant { currencies } }', {}, owner);
  expect(
    tenant.currencies.join() === 'EUR,USD,GBP',
    `the demo shop sells in EUR, USD and GBP (got ${tenant.currencies})`,
  );
  const stamp = Date.now().toString(36);
  const title = `Travel kettle ${stamp}`;
  const lists: Record<string, string> = {};
  for (const currency of ['EUR', 'USD']) {
    const list = await call<{ priceListCreate: Errors & { priceList: { id: string } | null } }>(
      api,
      'mutation($input: PriceListCreateInput!) { priceListCreate(input: $input) { priceList { id } errors { code field message } } }',
      { input: { name: `Currencies journey ${currency} ${stamp}`, currency } },
      owner,
    );
    must('price list', list.priceListCreate);
    lists[currency] = list.priceListCreate.priceList!.id;
  }
  const product = await call<{
    productCreate: Errors & { product: { id: string; handle: string; variants: { id: string }[] } | null };
  }>(
    api,
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id handle variants { id } } errors { code field message } } }',
    {
      input: {
        handle: `travel-kettle-${stamp}`,
        title,
        description: 'Boils half a litre anywhere.',
        status: 'ACTIVE',
        variants: [{ sku: `KETTLE-${stamp}`, title: 'Steel' }],
      },
    },
    owner,
  );
  must('product', product.productCreate);
  const variantId = product.productCreate.product!.variants[0]!.id;
  for (const [currency, amount] of [
    ['EUR', 4000],
    ['USD', 4500],
  ] as const) {
    must(
      `price in ${currency}`,
      (
        await call<{ priceSet: Errors }>(
          api,
          'mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field message } } }',
          { input: { variantId, priceListId: lists[currency], currency, amount } },
          owner,
        )
      ).priceSet,
    );
  }
  const warehouse = await call<{ warehouseCreate: Errors & { warehouse: { id: string } | null } }>(
    api,
    'mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } errors { code field message } } }',
    { input: { code: `FX-${stamp}`.toUpperCase(), name: 'Currencies journey warehouse' } },
    owner,
  );
  must('warehouse', warehouse.warehouseCreate);
  must(
    'stock',
    (
      await call<{ stockAdjust: Errors }>(
        api,
        'mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code field message } } }',
        {
          input: {
            variantId,
            warehouseId: warehouse.warehouseCreate.warehouse!.id,
            delta: 5,
            reason: 'RECEIPT',
            idempotencyKey: `currencies-${stamp}`,
          },
        },
        owner,
      )
    ).stockAdjust,
  );

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const switcher = () => page.getByRole('form', { name: 'Currency' });
  await page.goto(`${storefrontUrl}/products/${product.productCreate.product!.handle}`);
  await page.getByRole('heading', { name: title, exact: true, level: 1 }).waitFor();
  const inEuros = await text(page, 'price');
  expect(
    inEuros.includes('€') && inEuros.includes('40.00'),
    `the shop's default currency first: 40.00 € (got ${inEuros})`,
  );
  expect(
    (await switcher().getByRole('button', { name: /^EUR/ }).getAttribute('aria-pressed')) === 'true',
    'the switcher shows EUR as chosen',
  );
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText('Added to your cart (1 item).').waitFor();

  // dollars: the page prices in USD, and the cart moves with its line
  await switcher().getByRole('button', { name: /^USD/ }).click();
  await page
    .getByTestId('price')
    .filter({ hasText: /\$45\.00/ })
    .waitFor();
  const cookie = (await context.cookies(storefrontUrl)).find((entry) => entry.name === 'ucos_currency');
  expect(cookie?.value === 'USD', `the choice is kept in the ucos_currency cookie (got ${cookie?.value})`);
  await shot(page, 'storefront-currencies-product-usd');
  await page.goto(`${storefrontUrl}/cart`);
  await page.getByRole('heading', { name: 'Your cart' }).waitFor();
  const subtotal = await text(page, 'cart-subtotal');
  expect(subtotal === '$45.00', `the cart was priced again in dollars (subtotal ${subtotal})`);
  const cartTotal = await text(page, 'cart-total');
  expect(cartTotal.startsWith('$'), `its total, shipping included, in dollars (got ${cartTotal})`);
  await page.getByTestId('cart-line-link').filter({ hasText: title }).waitFor();
  await shot(page, 'storefront-currencies-cart-usd');

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();
  await page.getByLabel('Email').fill(`dollars-${stamp}@example.com`);
  await page.getByLabel('Full name').fill('Dana Dollar');
  await page.getByLabel('Address', { exact: true }).fill('Unter den Linden 1');
  await page.getByLabel('Postal code', { exact: true }).fill('10117');
  await page.getByLabel('City', { exact: true }).fill('Berlin');
  const methods = page.getByRole('group', { name: 'Shipping method' });
  await methods.getByRole('radio').first().waitFor();
  const standard = ((await methods.textContent()) ?? '').replace(/\s+/g, ' ');
  expect(standard.includes('$'), `shipping to Germany is priced in dollars (got ${standard})`);
  await page.getByLabel('Test card — approved').check();
  const toPay = ((await page.getByTestId('place-order-total').locator('strong').textContent()) ?? '').trim();
  expect(toPay.startsWith('$'), `the total above the button is in dollars (got ${toPay})`);
  await shot(page, 'storefront-currencies-checkout-usd');
  await page.getByRole('button', { name: 'Place order' }).click();

  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  const charged = await text(page, 'order-total');
  expect(charged === toPay.replace(/\s+/g, ' '), `charged what checkout showed (${toPay}, got ${charged})`);
  await shot(page, 'storefront-currencies-confirmation-usd');

  // and back to euros
  await page.goto(`${storefrontUrl}/products/${product.productCreate.product!.handle}`);
  await switcher().getByRole('button', { name: /^EUR/ }).click();
  await page
    .getByTestId('price')
    .filter({ hasText: /40\.00/ })
    .waitFor();

  // a product with no price in dollars: the cart stays in euros, and no cart is created for the move
  const euroTitle = `Euro kettle ${stamp}`;
  const euroOnly = await call<{
    productCreate: Errors & { product: { handle: string; variants: { id: string }[] } | null };
  }>(
    api,
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { handle variants { id } } errors { code field message } } }',
    {
      input: {
        handle: `euro-kettle-${stamp}`,
        title: euroTitle,
        description: 'Sold in euros only.',
        status: 'ACTIVE',
        variants: [{ sku: `EURO-KETTLE-${stamp}`, title: 'Copper' }],
      },
    },
    owner,
  );
  must('euro-only product', euroOnly.productCreate);
  const euroVariant = euroOnly.productCreate.product!.variants[0]!.id;
  must(
    'euro-only price',
    (
      await call<{ priceSet: Errors }>(
        api,
        'mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field message } } }',
        { input: { variantId: euroVariant, priceListId: lists.EUR, currency: 'EUR', amount: 2500 } },
        owner,
      )
    ).priceSet,
  );
  must(
    'euro-only stock',
    (
      await call<{ stockAdjust: Errors }>(
        api,
        'mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code field message } } }',
        {
          input: {
            variantId: euroVariant,
            warehouseId: warehouse.warehouseCreate.warehouse!.id,
            delta: 5,
            reason: 'RECEIPT',
            idempotencyKey: `currencies-euro-${stamp}`,
          },
        },
        owner,
      )
    ).stockAdjust,
  );
  const database = new pg.Client({ connectionString: deps.databaseUrl });
  await database.connect();
  try {
    const carts = async () =>
      (await database.query<{ count: number }>('select count(*)::int as count from orders.carts')).rows[0]!.count;
    const guest = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const euros = await guest.newPage();
    await euros.goto(`${storefrontUrl}/products/${euroOnly.productCreate.product!.handle}`);
    await euros.getByRole('heading', { name: euroTitle, exact: true, level: 1 }).waitFor();
    await euros.getByRole('button', { name: 'Add to cart' }).click();
    await euros.getByText('Added to your cart (1 item).').waitFor();
    const before = await carts();
    await euros.getByRole('form', { name: 'Currency' }).getByRole('button', { name: /^USD/ }).click();
    await euros.getByRole('form', { name: 'Currency' }).getByRole('button', { name: /^USD/, pressed: true }).waitFor();
    const notice = euros.getByTestId('currency-cart-kept');
    await notice.waitFor();
    const said = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(
      said === `Your cart stays in EUR: ${euroTitle} – Copper has no price in USD.`,
      `the shopper is told which line keeps the cart in euros (got ${said})`,
    );
    await shot(euros, 'storefront-currencies-cart-kept-notice');
    const after = await carts();
    expect(after === before, `switching creates no cart for lines it cannot move (${before} carts, then ${after})`);
    await euros.goto(`${storefrontUrl}/cart`);
    await euros.getByTestId('cart-line-link').filter({ hasText: euroTitle }).waitFor();
    const kept = await text(euros, 'cart-subtotal');
    expect(kept.includes('€') && kept.includes('25.00'), `the cart stays in euros with its line (subtotal ${kept})`);
    await shot(euros, 'storefront-currencies-cart-kept-in-euros');
    await guest.close();
  } finally {
    await database.end();
  }

  // a signed-in shopper: their one open cart moves to dollars with its line (cartCreate would answer it as it is)
  const signedIn = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const shopper = await signedIn.newPage();
  await deps.signInShopper(shopper, deps.shopper.email, deps.shopper.password);
  const emptyCart = async () => {
    await shopper.goto(`${storefrontUrl}/cart`);
    await shopper.getByRole('heading', { name: 'Your cart' }).waitFor();
    // what an earlier run may have left, line by line
    while (await shopper.getByRole('button', { name: /^Remove / }).count()) {
      await shopper
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
      await shopper.waitForLoadState('networkidle');
    }
    await shopper.getByText('Your cart is empty.').waitFor();
  };
  await emptyCart();
  await shopper.goto(`${storefrontUrl}/products/${product.productCreate.product!.handle}`);
  await shopper.getByRole('heading', { name: title, exact: true, level: 1 }).waitFor();
  await shopper
    .getByTestId('price')
    .filter({ hasText: /40\.00/ })
    .waitFor();
  await shopper.getByRole('button', { name: 'Add to cart' }).click();
  await shopper.getByText('Added to your cart (1 item).').waitFor();
  await shopper.getByRole('form', { name: 'Currency' }).getByRole('button', { name: /^USD/ }).click();
  await shopper
    .getByTestId('price')
    .filter({ hasText: /\$45\.00/ })
    .waitFor();
  expect(
    (await shopper.getByTestId('currency-cart-kept').count()) === 0,
    'the signed-in shopper is told of no cart kept in euros',
  );
  await shopper.goto(`${storefrontUrl}/cart`);
  await shopper.getByTestId('cart-line-link').filter({ hasText: title }).waitFor();
  const theirs = await text(shopper, 'cart-subtotal');
  expect(theirs === '$45.00', `the signed-in shopper's cart was priced again in dollars (subtotal ${theirs})`);
  const theirTotal = await text(shopper, 'cart-total');
  expect(theirTotal.startsWith('$'), `their total, shipping included, in dollars (got ${theirTotal})`);
  await shot(shopper, 'storefront-currencies-signed-in-cart-usd');
  // back to euros, and the cart left as it was found: empty
  await shopper.getByRole('form', { name: 'Currency' }).getByRole('button', { name: /^EUR/ }).click();
  await shopper.getByRole('form', { name: 'Currency' }).getByRole('button', { name: /^EUR/, pressed: true }).waitFor();
  await shopper.goto(`${storefrontUrl}/cart`);
  const backInEuros = await text(shopper, 'cart-subtotal');
  expect(
    backInEuros.includes('€') && backInEuros.includes('40.00'),
    `their cart follows back to euros (subtotal ${backInEuros})`,
  );
  await emptyCart();
  await signedIn.close();
  // closed only on success: the run screenshots every open page of a failed journey
  await context.close();
}
