import { builder } from '../builder.ts';
import './settings.ts';
import './receipts.ts';
import './bills.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
