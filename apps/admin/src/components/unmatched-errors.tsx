import type { FieldErrors } from '@ucos/clients';

/**
 * The API's errors about inputs a form shows no field for (a stale `version`, `categoryIds.2`):
 * they still have to be seen, so they appear as alerts just above the submit button.
 */
export function UnmatchedErrors({ errors, shown }: { errors: FieldErrors | undefined; shown: readonly string[] }) {
  const known = new Set(['', ...shown]);
  return Object.entries(errors ?? {})
    .filter(([path]) => !known.has(path))
    .map(([path, message]) => (
      <p className="alert" role="alert" key={path}>
        {message}
      </p>
    ));
}
