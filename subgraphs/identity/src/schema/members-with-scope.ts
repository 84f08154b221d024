import { builder } from '../builder.ts';
import { memberEmailsWithScope } from '../data/members-with-scope.ts';

const MemberContactRef = builder.objectRef<{ userId: string; email: string }>('MemberContact').implement({
  description: 'A member who holds a scope, and where to reach them',
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'The local user id' }),
    email: t.exposeString('email'),
  }),
});

builder.queryField('membersWithScope', (t) =>
  t.field({
    type: [MemberContactRef],
    description:
      "The tenant's members whose roles grant the scope (at most 500): the recipients of staff notifications",
    authScopes: { scope: 'identity:users' },
    args: { scope: t.arg.string({ required: true }) },
    resolve: (_root, { scope }, context) => memberEmailsWithScope(context.db, scope),
  }),
);
