'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import { useActionState } from 'react';
import { signIn, signUp } from './actions.ts';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signIn, {} as FormState);
  return (
    <form action={action} aria-label="Sign in" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>Sign in</Submit>
      </p>
    </form>
  );
}

export function SignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUp, {} as FormState);
  return (
    <form action={action} aria-label="Create an account" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Name" autoComplete="name" errors={state.errors} defaultValue={state.values?.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <Field
        name="password"
        label="Password (10+ characters, 3 kinds)"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>Create account</Submit>
      </p>
    </form>
  );
}
