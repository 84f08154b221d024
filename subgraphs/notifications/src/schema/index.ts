import { builder } from '../builder.ts';
import './templates.ts';
import './log.ts';
import './purchase-order-pdf.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
