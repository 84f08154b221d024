import { encodeGlobalId, localUuid } from '@ucos/kit';

/** Matches no row: an id of another type or tenant simply finds nothing. */
export const NO_ROW = '00000000-0000-0000-0000-000000000000';

export const variantGlobalId = (uuid: string) => encodeGlobalId('ProductVariant', uuid);
export const variantUuid = (id: string) => localUuid(id, 'ProductVariant');
export const warehouseUuid = (id: string) => localUuid(id, 'Warehouse');
export const reservationUuid = (id: string) => localUuid(id, 'Reservation');

/** For filters: a malformed id filters everything out rather than failing the query. */
export const filterUuid = (id: string | null | undefined, decode: (id: string) => string | null) =>
  id === null || id === undefined ? null : (decode(id) ?? NO_ROW);
