import { badUserInput, encodeGlobalId, localUuid } from '@ucos/kit';

export const variantGlobalId = (uuid: string) => encodeGlobalId('ProductVariant', uuid);
export const variantUuid = (id: string, field?: string[]) => localUuid(id, 'ProductVariant', field);
export const warehouseUuid = (id: string, field?: string[]) => localUuid(id, 'Warehouse', field);
export const reservationUuid = (id: string, field?: string[]) => localUuid(id, 'Reservation', field);

/** For filters: a filter left out is null; a malformed id in one is BAD_USER_INPUT naming the filter. */
export const filterUuid = (
  id: string | null | undefined,
  decode: (id: string, field?: string[]) => string,
  field: string,
) => (id === null || id === undefined ? null : decode(id, ['filter', field]));

/** A list filter: null when left out; more than `max` ids, or a malformed one, is BAD_USER_INPUT naming it. */
export function filterUuids(
  ids: readonly string[] | null | undefined,
  decode: (id: string, field?: string[]) => string,
  field: string,
  max: number,
): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length > max) throw badUserInput(`at most ${max} ids`, ['filter', field]);
  return ids.map((id, index) => decode(id, ['filter', field, String(index)]));
}
