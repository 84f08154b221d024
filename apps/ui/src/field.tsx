import type { FieldErrors } from '@ucos/clients';
import { FormFeedback } from './feedback.tsx';

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors | undefined;
  /** the API's field path when it differs from the input name (e.g. variants.0.sku) */
  path?: string;
  /** keeps ids unique when one page repeats a form (one per table row); default `field` */
  idPrefix?: string;
  type?: string;
  defaultValue?: string | number | null | undefined;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
}

/** A labelled input whose API error (payload `errors { field }`) appears under it. */
export function Field({
  name,
  label,
  errors,
  path,
  idPrefix = 'field',
  type = 'text',
  defaultValue,
  required,
  autoComplete,
  placeholder,
}: FieldProps) {
  const id = `${idPrefix}-${(path ?? name).replace(/\./g, '-')}`;
  const error = errors?.[path ?? name];
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? undefined}
        required={required}
        autoComplete={autoComplete}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Errors without a field (the whole form), and the form's success message: `FormFeedback` where the
 * form places it, so every form gets the same behaviour (gone while the form is sent again, focus on
 * the first refused field or on the message). `state` must be a new object per answer.
 */
export function FormMessages({ state }: { state: { ok?: boolean; message?: string; errors?: FieldErrors } }) {
  return <FormFeedback state={state} placement="" />;
}
