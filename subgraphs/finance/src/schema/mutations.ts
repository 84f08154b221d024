import { inputMutation, localUuid, optionalLocalUuid, rules } from '@ucos/kit';
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

inputMutation(builder, 'financeAccountCreate', {
  input: AccountCreateInput,
  payload: { codes: ['INVALID_INPUT', 'CODE_TAKEN', 'INVALID_PARENT'], field: 'account', type: FinanceAccountRef },
  authScopes: managers,
  run: (context, input) =>
    createAccount(dbOf(context), {
      code: input.code,
      name: input.name.trim(),
      type: input.type,
      parentId: optionalLocalUuid(input.parentId, 'FinanceAccount', ['input', 'parentId']),
    }),
  fields: (account) => ({ account }),
});

const AccountUpdateInput = builder.inputType('FinanceAccountUpdateInput', {
  fields: (t) => ({
    accountId: t.id({ required: true }),
    code: t.string({ validate: codeRule }),
    name: t.string({ validate: nameRule }),
    parentId: t.id({ description: 'null: a top-level account; left out: unchanged' }),
    active: t.boolean({ description: 'false deactivates it (refused while a posting role uses it)' }),
  }),
});

inputMutation(builder, 'financeAccountUpdate', {
  input: AccountUpdateInput,
  payload: {
    codes: ['NOT_FOUND', 'INVALID_INPUT', 'CODE_TAKEN', 'INVALID_PARENT', 'ACCOUNT_IN_USE'],
    field: 'account',
    type: FinanceAccountRef,
  },
  authScopes: managers,
  description: 'Renames, re-codes, moves or (de)activates an account; its type never changes',
  run: (context, input) =>
    updateAccount(dbOf(context), localUuid(input.accountId, 'FinanceAccount', ['input', 'accountId']), {
      code: input.code ?? null,
      name: input.name?.trim() ?? null,
      ...(input.parentId !== undefined
        ? { parentId: optionalLocalUuid(input.parentId, 'FinanceAccount', ['input', 'parentId']) }
        : {}),
      active: input.active ?? null,
    }),
  fields: (account) => ({ account }),
});

const MappingSetInput = builder.inputType('FinanceAccountMappingSetInput', {
  fields: (t) => ({
    role: t.field({ type: PostingRoleEnum, required: true }),
    accountId: t.id({ required: true }),
  }),
});

inputMutation(builder, 'financeAccountMappingSet', {
  input: MappingSetInput,
  payload: { codes: ['NOT_FOUND', 'INVALID_INPUT'], field: 'mapping', type: FinanceAccountMappingRef },
  authScopes: managers,
  description: 'Points a posting role at another active account of the same type; later postings use it',
  run: (context, input) =>
    setMapping(dbOf(context), input.role, localUuid(input.accountId, 'FinanceAccount', ['input', 'accountId'])),
  fields: (mapping) => ({ mapping }),
});

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

inputMutation(builder, 'financeExchangeRateSet', {
  input: ExchangeRateInput,
  payload: { codes: ['INVALID_INPUT', 'INVALID_CURRENCY'], field: 'exchangeRate', type: ExchangeRateRef },
  authScopes: managers,
  description: 'The rate orders in another currency post at from now on',
  run: (context, input) => setExchangeRate(dbOf(context), input.currency, input.rate),
  fields: (exchangeRate) => ({ exchangeRate }),
});

const PeriodInput = builder.inputType('FiscalPeriodInput', {
  fields: (t) => ({ month: t.string({ required: true, validate: monthRule, description: 'YYYY-MM' }) }),
});

for (const [field, status] of [
  ['fiscalPeriodClose', 'closed'],
  ['fiscalPeriodReopen', 'open'],
] as const) {
  inputMutation(builder, field, {
    input: PeriodInput,
    payload: { codes: ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION'], field: 'period', type: FiscalPeriodRef },
    authScopes: managers,
    description:
      status === 'closed'
        ? 'Closes a month: nothing posts into it; a late event posts to the first open month after it'
        : 'Reopens a closed month',
    run: (context, input) => setPeriodStatus(dbOf(context), input.month, status, actorOf(context)),
    fields: (period) => ({ period }),
  });
}

const ReverseInput = builder.inputType('JournalEntryReverseInput', {
  fields: (t) => ({
    entryId: t.id({ required: true }),
    reason: t.string({ required: true, validate: reasonRule }),
  }),
});

inputMutation(builder, 'journalEntryReverse', {
  input: ReverseInput,
  payload: {
    codes: ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'ALREADY_REVERSED'],
    field: 'reversal',
    type: JournalEntryRef,
  },
  authScopes: writers,
  description: 'Corrects an entry by posting its mirror image (today, or the first open month); once per entry',
  run: (context, input) =>
    reverseJournalEntry(
      dbOf(context),
      localUuid(input.entryId, 'JournalEntry', ['input', 'entryId']),
      input.reason.trim(),
    ),
  fields: (reversal) => ({ reversal }),
});
