'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import { useActionState } from 'react';
import { forgotPassword, resetPassword, signIn, signUp, verify } from './actions.ts';

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

export function VerifyForm({ token }: { token: string }) {
  const [state, action] = useActionState(verify, {} as FormState);
  return (
    <form action={action} aria-label="Finish creating your account" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="The password you chose when you registered"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>Create my account</Submit>
      </p>
    </form>
  );
}

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPassword, {} as FormState);
  return (
    <form action={action} aria-label="Mail me a reset link" noValidate>
      <FormMessages state={state} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={state.errors}
        defaultValue={state.values?.email}
      />
      <p>
        <Submit>Mail me a link</Submit>
      </p>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPassword, {} as FormState);
  return (
    <form action={action} aria-label="Choose a new password" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="newPassword"
        label="New password (10+ characters, 3 kinds)"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors}
      />
      <p>
        <Submit>Set new password</Submit>
      </p>
    </form>
  );
}
