'use client';
import type { FieldErrors } from '@ucos/clients';
import { useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';

interface FeedbackState {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
}

/**
 * A form's outcome where the user is looking: render it next to the submit button. While the form
 * is being sent the previous outcome is gone (no stale banner); when the answer comes, focus moves
 * to the first field the API refused, or to the message itself, so keyboard and screen-reader users
 * land on it and sighted users see it without scrolling. `state` must be a new object per answer
 * (what useActionState hands back).
 */
export function FormFeedback({
  state,
  placement = 'inline-feedback',
}: {
  state: FeedbackState;
  /** the message's class beside `alert`/`success`: inline beside the button, or '' where it stands alone */
  placement?: string;
}) {
  const { pending } = useFormStatus();
  const anchor = useRef<HTMLDivElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const general = state.errors?.[''];
  const failed = Boolean(general || (!state.ok && state.message));
  const text = general ?? state.message;
  useEffect(() => {
    // success is announced (role=status) without taking focus from where the user is
    const refused = Boolean(state.errors && Object.keys(state.errors).length) || (!state.ok && state.message);
    if (!refused) return;
    const form = anchor.current?.closest('form') ?? null;
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? message.current)?.focus();
  }, [state]);
  const shown = !pending && text && (failed || state.ok);
  return (
    <div ref={anchor} className="form-feedback">
      {shown ? (
        <p
          ref={message}
          tabIndex={-1}
          className={`${failed ? 'alert' : 'success'} ${placement}`.trim()}
          role={failed ? 'alert' : 'status'}
        >
          {text}
        </p>
      ) : null}
    </div>
  );
}
