'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const done = (paths: string[], message: string): FormState => {
  for (const path of paths) revalidatePath(path);
  return { ok: true, message };
};

const AccountCreate = graphql(`
  mutation Finance_AccountCreate($input: FinanceAccountCreateInput!) {
    financeAccountCreate(input: $input) {
      account {
        id
        code
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ACCOUNT_TYPES = ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'] as const;
type AccountType = (typeof ACCOUNT_TYPES)[number];

export async function createAccount(_: FormState, form: FormData): Promise<FormState> {
  const type = text(form, 'type') as AccountType;
  if (!ACCOUNT_TYPES.includes(type)) return { errors: { type: 'Choose a type.' } };
  const input = { code: text(form, 'code'), name: text(form, 'name'), type, parentId: optional(form, 'parentId') };
  const { financeAccountCreate } = await mutate(AccountCreate, { input }, '/finance/accounts');
  if (financeAccountCreate.errors.length) {
    return { errors: fieldErrors(financeAccountCreate.errors), values: { code: input.code, name: input.name } };
  }
  return done(['/finance/accounts'], `Account ${input.code} created.`);
}

const AccountUpdate = graphql(`
  mutation Finance_AccountUpdate($input: FinanceAccountUpdateInput!) {
    financeAccountUpdate(input: $input) {
      account {
        id
        name
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function updateAccount(_: FormState, form: FormData): Promise<FormState> {
  const active = text(form, 'active');
  const input = {
    accountId: text(form, 'accountId'),
    name: optional(form, 'name'),
    ...(active ? { active: active === 'true' } : {}),
  };
  const { financeAccountUpdate } = await mutate(AccountUpdate, { input }, '/finance/accounts');
  if (financeAccountUpdate.errors.length) return { errors: fieldErrors(financeAccountUpdate.errors) };
  return done(['/finance/accounts'], 'Account saved.');
}

const PeriodClose = graphql(`
  mutation Finance_PeriodClose($input: FiscalPeriodInput!) {
    fiscalPeriodClose(input: $input) {
      period {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const PeriodReopen = graphql(`
  mutation Finance_PeriodReopen($input: FiscalPeriodInput!) {
    fiscalPeriodReopen(input: $input) {
      period {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function closePeriod(_: FormState, form: FormData): Promise<FormState> {
  const month = text(form, 'month');
  const { fiscalPeriodClose } = await mutate(PeriodClose, { input: { month } }, '/finance/periods');
  if (fiscalPeriodClose.errors.length) return { errors: fieldErrors(fiscalPeriodClose.errors) };
  return done(['/finance/periods'], `${month} closed.`);
}

export async function reopenPeriod(_: FormState, form: FormData): Promise<FormState> {
  const month = text(form, 'month');
  const { fiscalPeriodReopen } = await mutate(PeriodReopen, { input: { month } }, '/finance/periods');
  if (fiscalPeriodReopen.errors.length) return { errors: fieldErrors(fiscalPeriodReopen.errors) };
  return done(['/finance/periods'], `${month} reopened.`);
}

const Reverse = graphql(`
  mutation Finance_Reverse($input: JournalEntryReverseInput!) {
    journalEntryReverse(input: $input) {
      reversal {
        id
        number
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function reverseEntry(_: FormState, form: FormData): Promise<FormState> {
  const entryId = text(form, 'entryId');
  const here = `/finance/journal/${encodeURIComponent(entryId)}`;
  const { journalEntryReverse } = await mutate(Reverse, { input: { entryId, reason: text(form, 'reason') } }, here);
  if (journalEntryReverse.errors.length || !journalEntryReverse.reversal) {
    return { errors: fieldErrors(journalEntryReverse.errors) };
  }
  return done([here, '/finance/journal'], `Reversed by entry #${journalEntryReverse.reversal.number}.`);
}
