import type { PayloadError, Result } from '../errors.ts';

/**
 * The shape every mutation payload resolves to: the result's fields when it succeeded, and always an
 * `errors` list (empty on success), so clients read both the same way.
 */
export function toPayload<T, Fields extends object, Code extends string>(
  result: Result<T, Code>,
  fields: (value: T) => Fields,
): Partial<Fields> & { errors: PayloadError<Code>[] } {
  return result.ok
    ? { ...fields(result.value), errors: [] }
    : ({ errors: result.errors } as Partial<Fields> & { errors: PayloadError<Code>[] });
}
