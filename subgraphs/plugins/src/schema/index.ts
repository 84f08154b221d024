import { builder } from '../builder.ts';
import './types.ts';
import './queries.ts';
import './mutations.ts';
import './ui-extensions.ts';
import './admin-actions.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
