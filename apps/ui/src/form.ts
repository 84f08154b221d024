import type { FieldErrors } from '@ucos/clients';

/** What a server action hands back to its form (useActionState). */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  /** a value to show once (a new API key's secret) */
  secret?: string;
  values?: Record<string, string>;
}

export const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export const optional = (form: FormData, name: string) => text(form, name) || null;

/** A whole number the user typed; null when blank or not a whole number (the form says so). */
export const integer = (form: FormData, name: string) => {
  const value = text(form, name);
  return /^-?\d+$/.test(value) ? Number(value) : null;
};

/** An amount the user typed in major units ("12.50", "12,5") as minor units; null when it is not one. */
export const minorUnits = (value: string, digits = 2): number | null => {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(value.trim());
  if (!match || (match[2] ?? '').length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || 0);
};
