import { builder } from '../builder.ts';
import './definitions.ts';
import './runs.ts';
import './matching.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
