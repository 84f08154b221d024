import { readFileSync } from 'node:fs';
import { confirmCustomerSignUpAsOperator } from '@ucos/identity/operator';
import { type Call, demoCaller, ownerCaller } from './caller.ts';

/**
 * A storefront document by operation name, exactly as the storefront's manifest holds it: shoppers
 * and storefront keys may run only the apps' trusted documents (`TRUSTED_DOCUMENTS` of `npm start`),
 * and a document whose text is a trusted one is accepted as it is.
 */
function storefrontDocument(operation: string): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../../apps/storefront/src/generated/persisted-documents.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const document = Object.values(manifest).find((text) =>
    new RegExp(`^\\s*(query|mutation)\\s+${operation}\\b`).test(text),
  );
  if (!document) throw new Error(`the storefront has no document ${operation}`);
  return document;
}

/**
 * The demo tenant's subscription product and one subscription, through the public API: a seeded
 * variant sold every month ("Monthly refill"), and the demo shopper (DEMO_SUBSCRIBER, who can sign in
 * at the storefront with the demo password) subscribed to it at checkout, so Customers → Subscriptions
 * in the admin and Account → Subscriptions in the storefront show one. The shopper's registration is
 * completed by the operator connection (the mailed link's stand-in). A shop with a subscription is left as it is.
 */
export const DEMO_SUBSCRIBER = { email: 'subscriber@demo.ucos.dev', name: 'Sam Subscriber' };

export async function seedDemoSubscriptions(
  gatewayUrl: string,
  accessToken: string,
  tenantId: string,
  adminDatabaseUrl: string,
  password: string,
): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { subscriptions, subscriptionPlans } = await call<{
    subscriptions: { totalCount: number };
    subscriptionPlans: { edges: { node: { variant: { id: string; sku: string } } }[] };
  }>(
    `{ subscriptions(first: 1) { totalCount }
       subscriptionPlans(first: 1) { edges { node { variant { id sku } } } } }`,
  );
  if (subscriptions.totalCount > 0) return [];
  // an earlier start may have stopped after the plan: its variant is the one sold
  const variant = subscriptionPlans.edges[0]?.node.variant ?? (await stockedVariant(call));
  await call(
    `mutation($input: SubscriptionPlanSetInput!) { subscriptionPlanSet(input: $input) { plan { id } errors { code message } } }`,
    { input: { variantId: variant.id, name: 'Monthly refill', intervalUnit: 'MONTH', intervalCount: 1, trialDays: 0 } },
  );
  const { storefrontKeyCreate } = await call<{ storefrontKeyCreate: { secret: string } }>(
    'mutation { storefrontKeyCreate(input: { name: "demo subscriber" }) { secret errors { code message } } }',
  );
  const storefront = demoCaller(gatewayUrl, { 'x-publishable-key': storefrontKeyCreate.secret });
  await storefront(storefrontDocument('CustomerSignUp_Register'), {
    input: { email: DEMO_SUBSCRIBER.email, password, name: DEMO_SUBSCRIBER.name },
  });
  if (!(await confirmCustomerSignUpAsOperator(adminDatabaseUrl, tenantId, DEMO_SUBSCRIBER.email)))
    throw new Error('the demo subscriber could not be registered');
  const { customerSessionCreate } = await storefront<{ customerSessionCreate: { session: { accessToken: string } } }>(
    storefrontDocument('CustomerSignIn_Create'),
    { input: { email: DEMO_SUBSCRIBER.email, password } },
  );
  const shopper = demoCaller(gatewayUrl, { authorization: `Bearer ${customerSessionCreate.session.accessToken}` });
  const { cartCreate } = await shopper<{ cartCreate: { cart: { id: string } } }>(
    storefrontDocument('AddToCart_CartCreate'),
    { input: { currency: 'EUR' } },
  );
  const cartId = cartCreate.cart.id;
  await shopper(storefrontDocument('AddToCart_LinesAdd'), {
    input: { cartId, lines: [{ variantId: variant.id, quantity: 1 }] },
  });
  await shopper(storefrontDocument('CheckoutForm_Complete'), {
    input: {
      cartId,
      idempotencyKey: `demo-subscription-${cartId}`,
      email: DEMO_SUBSCRIBER.email,
      shippingAddress: {
        name: DEMO_SUBSCRIBER.name,
        line1: 'Abostraße 3',
        city: 'Berlin',
        postalCode: '10117',
        country: 'DE',
      },
      payment: { provider: 'test', token: 'tok_visa' },
    },
  });
  return [`subscription plan "Monthly refill" on ${variant.sku}, ${DEMO_SUBSCRIBER.email} subscribed`];
}

/** An active, EUR-priced variant with stock: the one the plan sells. */
async function stockedVariant(call: Call): Promise<{ id: string; sku: string }> {
  const { products } = await call<{
    products: {
      edges: {
        node: {
          status: string;
          variants: { id: string; sku: string; price: { amount: number } | null; inventory: { available: number } }[];
        };
      }[];
    };
  }>(
    '{ products(first: 30) { edges { node { status variants { id sku price(currency: "EUR") { amount } inventory { available } } } } } }',
  );
  const variant = products.edges
    .filter((edge) => edge.node.status === 'ACTIVE')
    .flatMap((edge) => edge.node.variants)
    .find((candidate) => candidate.price && candidate.inventory.available >= 5);
  if (!variant) throw new Error('no seeded variant is priced and stocked for the demo subscription');
  return variant;
}
