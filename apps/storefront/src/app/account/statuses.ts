/**
 * Order, payment, shipment and return states in the shopper's words (messages `Status.*`), never the
 * API's enum (`CREATED`); a state the messages do not know yet is shown lower-cased, as before.
 */
type Translate = { (key: string): string; has(key: string): boolean };

const plain = (value: string) => value.toLowerCase().replaceAll('_', ' ');
const say = (t: Translate, key: string, value: string) => (t.has(key) ? t(key) : plain(value));

export const orderStatus = (t: Translate, status: string) => say(t, `order.${status}`, status);
export const paymentStatus = (t: Translate, status: string) => say(t, `payment.${status}`, status);
export const shipmentStatus = (t: Translate, status: string) => say(t, `shipment.${status}`, status);
export const returnStatus = (t: Translate, status: string) => say(t, `return.${status}`, status);
