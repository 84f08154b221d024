import { prismaAdapter } from '@ucos/kit';
import { assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { MIGRATIONS } from './harness.ts';

describe('orders contract', () => {
  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'orders',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        companies: (tx) => tx.company.findMany(),
        customers: (tx) => tx.customer.findMany(),
        custom_field_definitions: (tx) => tx.customFieldDefinition.findMany(),
        addresses: (tx) => tx.address.findMany(),
        carts: (tx) => tx.cart.findMany(),
        cart_lines: (tx) => tx.cartLine.findMany(),
        orders: (tx) => tx.order.findMany(),
        order_lines: (tx) => tx.orderLine.findMany(),
        order_transitions: (tx) => tx.orderTransition.findMany(),
        order_holds: (tx) => tx.orderHold.findMany(),
        order_refunds: (tx) => tx.orderRefund.findMany(),
        order_number_counters: (tx) => tx.orderNumberCounter.findMany(),
        checkout_attempts: (tx) => tx.checkoutAttempt.findMany(),
        test_payments: (tx) => tx.testPayment.findMany(),
        shipping_settings: (tx) => tx.shippingSettings.findMany(),
        shipping_zones: (tx) => tx.shippingZone.findMany(),
        shipping_zone_countries: (tx) => tx.shippingZoneCountry.findMany(),
        tax_settings: (tx) => tx.taxSettings.findMany(),
        tax_zones: (tx) => tx.taxZone.findMany(),
        tax_zone_countries: (tx) => tx.taxZoneCountry.findMany(),
        tax_rates: (tx) => tx.taxRate.findMany(),
        shipping_zone_methods: (tx) => tx.shippingZoneMethod.findMany(),
        promotions: (tx) => tx.promotion.findMany(),
        promotion_codes: (tx) => tx.promotionCode.findMany(),
        promotion_redemptions: (tx) => tx.promotionRedemption.findMany(),
        integration_keys: (tx) => tx.integrationKey.findMany(),
        integrations: (tx) => tx.integration.findMany(),
        payment_webhook_events: (tx) => tx.paymentWebhookEvent.findMany(),
        gift_cards: (tx) => tx.giftCard.findMany(),
        gift_card_transactions: (tx) => tx.giftCardTransaction.findMany(),
        subscription_plans: (tx) => tx.subscriptionPlan.findMany(),
        subscriptions: (tx) => tx.subscription.findMany(),
        subscription_renewals: (tx) => tx.subscriptionRenewal.findMany(),
        subscription_transitions: (tx) => tx.subscriptionTransition.findMany(),
        shop_currencies: (tx) => tx.shopCurrencies.findMany(),
      },
    });
  });
});
