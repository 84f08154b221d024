import { builder } from '../builder.ts';
import './settings.ts';
import './types.ts';
import './suppliers.ts';
import './purchase-orders.ts';
import './replenishment.ts';
import './receipts.ts';
import './bills.ts';
import './custom-fields.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
