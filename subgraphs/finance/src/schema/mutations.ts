import { localUuid, optionalLocalUuid, payloadType, rules, toPayload } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { createAccount, setExchangeRate, setMapping, updateAccount } from '../data/accounts.ts';
import { reverseJournalEntry } from '../data/journal.ts';
import { POSTING_ROLES, type PostingRole } from '../data/ledger.ts';
import { setPeriodStatus } from '../data/periods.ts';
import {
  AccountTypeEnum,
  actorOf,
  dbOf,
  FinanceAccountMappingRef,
  FinanceAccountRef,
  FiscalPeriodRef,
  JournalEntryRef,
  managers,
  writers,
} from './types.ts';

const codeRule = rules.rule(
  z.string().regex(/^[0-9A-Za-z.-]{1,20}$/, 'Letters, digits, dot and dash; at most 20'),
  'INVALID_INPUT',
);
const nameRule = rules.text({ max: 200 });
const monthRule = rules.rule(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month, YYYY-MM'), 'INVALID_INPUT');
const reasonRule = rules.text({ max: 1000 });
const rateRule = rules.rule(z.number().positive('Must be positive').max(1e9), 'INVALID_INPUT');

const PostingRoleEnum = builder.enumType('FinancePostingRole', {
  description: 'What a posting rule books to; each maps to one account',
  values: Object.fromEntries(POSTING_ROLES.map((role) => [role.toUpperCase(), { value: role }])) as Record<
    Uppercase<PostingRole>,
    { value: PostingRole }
  >,
});

const AccountCreateInput = builder.inputType('FinanceAccountCreateInput', {
  fields: (t) => ({
    code: t.string({ required: true, validate: codeRule }),
    name: t.string({ required: true, validate: nameRule }),
    type: t.field({ type: AccountTypeEnum, required: true }),
    parentId: t.id({ description: 'An account of the same type' }),
  }),
});

const AccountCreatePayload = payloadType(builder, 'FinanceAccountCreate', {
  codes: ['INVALID_INPUT', 'CODE_TAKEN', 'INVALID_PARENT'] as const,
  field: 'account',
  type: FinanceAccountRef,
});

builder.mutationField('financeAccountCreate', (t) =>
  t.field({
    type: AccountCreatePayload,
    authScopes: managers,
    args: { input: t.arg({ type: AccountCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await createAccount(dbOf(context), {
          code: input.code,
          name: input.name.trim(),
          type: input.type,
          parentId: optionalLocalUuid(input.parentId, 'FinanceAccount', ['input', 'parentId']),
        }),
        (account) => ({ account }),
      ),
  }),
);

const AccountUpdateInput = builder.inputType('FinanceAccountUpdateInput', {
  fields: (t) => ({
    accountId: t.id({ required: true }),
    code: t.string({ validate: codeRule }),
    name: t.string({ validate: nameRule }),
    parentId: t.id({ description: 'null: a top-level account; left out: unchanged' }),
    active: t.boolean({ description: 'false deactivates it (refused while a posting role uses it)' }),
  }),
});

const AccountUpdatePayload = payloadType(builder, 'FinanceAccountUpdate', {
  codes: ['NOT_FOUND', 'INVALID_INPUT', 'CODE_TAKEN', 'INVALID_PARENT', 'ACCOUNT_IN_USE'] as const,
  field: 'account',
  type: FinanceAccountRef,
});

builder.mutationField('financeAccountUpdate', (t) =>
  t.field({
    type: AccountUpdatePayload,
    description: 'Renames, re-codes, moves or (de)activates an account; its type never changes',
    authScopes: managers,
    args: { input: t.arg({ type: AccountUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await updateAccount(dbOf(context), localUuid(input.accountId, 'FinanceAccount', ['input', 'accountId']), {
          code: input.code ?? null,
          name: input.name?.trim() ?? null,
          ...(input.parentId !== undefined
            ? { parentId: optionalLocalUuid(input.parentId, 'FinanceAccount', ['input', 'parentId']) }
            : {}),
          active: input.active ?? null,
        }),
        (account) => ({ account }),
      ),
  }),
);

const MappingSetInput = builder.inputType('FinanceAccountMappingSetInput', {
  fields: (t) => ({
    role: t.field({ type: PostingRoleEnum, required: true }),
    accountId: t.id({ required: true }),
  }),
});

const MappingSetPayload = payloadType(builder, 'FinanceAccountMappingSet', {
  codes: ['NOT_FOUND', 'INVALID_INPUT'] as const,
  field: 'mapping',
  type: FinanceAccountMappingRef,
});

builder.mutationField('financeAccountMappingSet', (t) =>
  t.field({
    type: MappingSetPayload,
    description: 'Points a posting role at another active account of the same type; later postings use it',
    authScopes: managers,
    args: { input: t.arg({ type: MappingSetInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await setMapping(
          dbOf(context),
          input.role,
          localUuid(input.accountId, 'FinanceAccount', ['input', 'accountId']),
        ),
        (mapping) => ({ mapping }),
      ),
  }),
);

const ExchangeRateInput = builder.inputType('FinanceExchangeRateSetInput', {
  fields: (t) => ({
    currency: t.string({ required: true, validate: rules.currency }),
    rate: t.float({
      required: true,
      validate: rateRule,
      description: 'Base minor units per one minor unit of currency',
    }),
  }),
});

const ExchangeRateRef = builder.objectRef<{ currency: string; rate: string }>('FinanceExchangeRate').implement({
  fields: (t) => ({ currency: t.exposeString('currency'), rate: t.exposeString('rate') }),
});

const ExchangeRatePayload = payloadType(builder, 'FinanceExchangeRateSet', {
  codes: ['INVALID_INPUT', 'INVALID_CURRENCY'] as const,
  field: 'exchangeRate',
  type: ExchangeRateRef,
});

builder.mutationField('financeExchangeRateSet', (t) =>
  t.field({
    type: ExchangeRatePayload,
    description: 'The rate orders in another currency post at from now on',
    authScopes: managers,
    args: { input: t.arg({ type: ExchangeRateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await setExchangeRate(dbOf(context), input.currency, input.rate), (exchangeRate) => ({
        exchangeRate,
      })),
  }),
);

const PeriodInput = builder.inputType('FiscalPeriodInput', {
  fields: (t) => ({ month: t.string({ required: true, validate: monthRule, description: 'YYYY-MM' }) }),
});

for (const [mutation, status] of [
  ['FiscalPeriodClose', 'closed'],
  ['FiscalPeriodReopen', 'open'],
] as const) {
  const payload = payloadType(builder, mutation, {
    codes: ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION'] as const,
    field: 'period',
    type: FiscalPeriodRef,
  });
  builder.mutationField(`${mutation[0]?.toLowerCase()}${mutation.slice(1)}`, (t) =>
    t.field({
      type: payload,
      description:
        status === 'closed'
          ? 'Closes a month: nothing posts into it; a late event posts to the first open month after it'
          : 'Reopens a closed month',
      authScopes: managers,
      args: { input: t.arg({ type: PeriodInput, required: true }) },
      resolve: async (_root, { input }, context) =>
        toPayload(await setPeriodStatus(dbOf(context), input.month, status, actorOf(context)), (period) => ({
          period,
        })),
    }),
  );
}

const ReverseInput = builder.inputType('JournalEntryReverseInput', {
  fields: (t) => ({
    entryId: t.id({ required: true }),
    reason: t.string({ required: true, validate: reasonRule }),
  }),
});

const ReversePayload = payloadType(builder, 'JournalEntryReverse', {
  codes: ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'ALREADY_REVERSED'] as const,
  field: 'reversal',
  type: JournalEntryRef,
});

builder.mutationField('journalEntryReverse', (t) =>
  t.field({
    type: ReversePayload,
    description: 'Corrects an entry by posting its mirror image (today, or the first open month); once per entry',
    authScopes: writers,
    args: { input: t.arg({ type: ReverseInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await reverseJournalEntry(
          dbOf(context),
          localUuid(input.entryId, 'JournalEntry', ['input', 'entryId']),
          input.reason.trim(),
        ),
        (reversal) => ({ reversal }),
      ),
  }),
);
