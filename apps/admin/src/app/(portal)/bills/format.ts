/** Minor units as the currency writes them (2 digits; the supplier currencies in use have 2). */
export const amount = (minor: number | null | undefined, currency: string) =>
  minor == null ? '—' : `${(minor / 100).toFixed(2)} ${currency}`;

export const statusLabel = (status: string) => status.toLowerCase().replace('_', ' ');
