'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../components/submit.tsx';
import { forgotPassword, resetPassword, signIn, signUp, verify } from './actions.ts';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(signIn, {} as FormState);
  return (
    <form action={action} aria-label={t('signIn')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <Field
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>{t('signIn')}</Submit>
      </p>
    </form>
  );
}

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(signUp, {} as FormState);
  return (
    <form action={action} aria-label={t('createAccount')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="name"
        label={t('name')}
        autoComplete="name"
        errors={state.errors}
        defaultValue={state.values?.name}
      />
      <Field
        name="email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <Field
        name="password"
        label={t('newPasswordRules')}
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>{t('createAccountButton')}</Submit>
      </p>
    </form>
  );
}

export function VerifyForm({ token }: { token: string }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(verify, {} as FormState);
  return (
    <form action={action} aria-label={t('finish')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label={t('chosenPassword')}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>{t('createMyAccount')}</Submit>
      </p>
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations('Account');
  const [state, action] = useActionState(forgotPassword, {} as FormState);
  return (
    <form action={action} aria-label={t('mailResetLink')} noValidate>
      <FormMessages state={state} />
      <Field
        name="email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <p>
        <Submit>{t('mailMeLink')}</Submit>
      </p>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(resetPassword, {} as FormState);
  return (
    <form action={action} aria-label={t('chooseNewPassword')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="newPassword"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>{t('setNewPassword')}</Submit>
      </p>
    </form>
  );
}
