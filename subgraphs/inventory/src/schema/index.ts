import { builder } from '../builder.ts';
import './warehouse.ts';
import './stock-level.ts';
import './variant-inventory.ts';
import './stock-movement.ts';
import './stock-mutations.ts';
import './replenishment.ts';
import './reservation.ts';
import './reservation-mutations.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
