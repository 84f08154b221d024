import { builder } from '../builder.ts';
import './tenant.ts';
import './session.ts';
import './member.ts';
import './invitation.ts';
import './account.ts';
import './role.ts';
import './app.ts';
import './api-key.ts';
import './feature-flag.ts';
import './audit.ts';
import './customer.ts';
import './viewer.ts';
import './node.ts';
import './members-with-scope.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
