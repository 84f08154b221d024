'use client';
import { ConfirmSubmit } from '@ucos/ui/confirm';
import { FormFeedback } from '@ucos/ui/feedback';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import { type ReactNode, useActionState, useEffect, useRef } from 'react';

export interface BulkAction {
  /** sent as `operation`, with every selected row's id as `ids` */
  operation: string;
  label: string;
  /** a server action answering for all the rows at once (which succeeded, which were refused and why) */
  run: (state: FormState, form: FormData) => Promise<FormState>;
  /** destructive: asks first, naming what goes */
  danger?: { title: string; consequences: ReactNode };
}

/**
 * One bulk action over the selected rows: its outcome appears beside its button (FormFeedback), and
 * a success clears the selection, since the rows may have changed or gone.
 */
export function BulkActionForm({
  action,
  ids,
  labels,
  onDone,
}: {
  action: BulkAction;
  ids: string[];
  /** the selected rows' names, in the order of `ids`, sent as `titles` so a refusal can name its row */
  labels: string[];
  onDone: () => void;
}) {
  const [state, formAction] = useActionState(action.run, {} as FormState);
  // once per answer: a later selection must not be cleared by an old success
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (state.ok) done.current();
  }, [state]);
  return (
    <form action={formAction} className="bulk-action" aria-label={`${action.label} selected`}>
      <input type="hidden" name="operation" value={action.operation} />
      {ids.map((id, index) => (
        <span key={id} hidden>
          <input type="hidden" name="ids" value={id} />
          <input type="hidden" name="titles" value={labels[index] ?? ''} />
        </span>
      ))}
      {ids.length === 0 ? (
        <button type="submit" disabled>
          {action.label}
        </button>
      ) : action.danger ? (
        <ConfirmSubmit
          title={action.danger.title.replace('{count}', String(ids.length))}
          consequences={action.danger.consequences}
        >
          {action.label}
        </ConfirmSubmit>
      ) : (
        <Submit>{action.label}</Submit>
      )}
      <FormFeedback state={state} />
    </form>
  );
}
