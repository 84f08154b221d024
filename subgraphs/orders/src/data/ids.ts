import { encodeGlobalId } from '@ucos/kit';

export const encodeGlobalIdSafe = (type: string, id: string) => encodeGlobalId(type, id);
export const orderGlobalId = (id: string) => encodeGlobalId('Order', id);
export const cartGlobalId = (id: string) => encodeGlobalId('Cart', id);
export const variantGlobalId = (id: string) => encodeGlobalId('ProductVariant', id);
