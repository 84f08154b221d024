import { builder } from '../builder.ts';
import './common.ts';
import './customer.ts';
import './cart.ts';
import './order.ts';
import './holds.ts';
import './shipping.ts';
import './tax.ts';
import './order-numbering.ts';
import './promotions.ts';
import './gift-cards.ts';
import './subscriptions.ts';
import './integrations.ts';
import './checkout.ts';
import './events.ts';
import './sales.ts';
import './node.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
