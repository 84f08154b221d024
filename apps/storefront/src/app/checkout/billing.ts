/** The parts of a billing address the checkout form names `billingAddress.<part>` (the API's AddressInput). */
export const BILLING_PARTS = ['name', 'line1', 'line2', 'postalCode', 'city', 'country'] as const;
