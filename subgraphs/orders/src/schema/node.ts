import { encodeGlobalId, nodeEntity } from '@ucos/kit';
import { builder } from '../builder.ts';
import { findCart } from '../data/carts.ts';
import { findShippingZone } from '../data/shipping.ts';
import { CartRef } from './cart.ts';
import { CompanyRef, CustomerRef } from './customer.ts';
import { GiftCardRef } from './gift-cards.ts';
import { companyLoader, customerLoader, dbOf, giftCardLoader } from './loaders.ts';
import { ShippingZoneRef } from './shipping.ts';
import { SUBSCRIPTION_TYPE, SubscriptionRef, visibleSubscription } from './subscriptions.ts';

// `node(id:)` reaches these through `_entities`, each with its own root field's rule: staff read
// customers, companies, shipping zones and gift cards; a subscription opens to staff or its own shopper; a cart opens for whoever may use it (a guest cart, or the shopper's own)
nodeEntity(builder, CustomerRef, 'Customer', (id, context) => customerLoader(context).load(id));
nodeEntity(builder, CompanyRef, 'Company', (id, context) => companyLoader(context).load(id));
nodeEntity(builder, ShippingZoneRef, 'ShippingZone', (id, context) => findShippingZone(dbOf(context), id));
nodeEntity(builder, GiftCardRef, 'GiftCard', (id, context) => giftCardLoader(context).load(id));
nodeEntity(builder, CartRef, 'Cart', (id, context) =>
  findCart(dbOf(context), context.auth, encodeGlobalId('Cart', id)),
);
nodeEntity(builder, SubscriptionRef, SUBSCRIPTION_TYPE, visibleSubscription);
