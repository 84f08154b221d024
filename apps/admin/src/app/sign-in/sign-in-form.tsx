'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import { useActionState } from 'react';
import { signIn } from './actions.ts';

export function SignInForm({ next, tenantSlug, email }: { next: string; tenantSlug?: string; email?: string }) {
  const [state, action] = useActionState(signIn, {} as FormState);
  return (
    <form action={action} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        errors={state.errors}
        defaultValue={state.values?.email ?? email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <Field
        name="tenantSlug"
        label="Store (optional)"
        errors={state.errors}
        defaultValue={state.values?.tenantSlug ?? tenantSlug}
        placeholder="your-store"
      />
      <p>
        <Submit>Sign in</Submit>
      </p>
    </form>
  );
}
