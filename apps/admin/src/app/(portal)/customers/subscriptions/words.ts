/** How the admin names a subscription's status and interval (shared by the list and the detail). */
export const SUBSCRIPTION_STATUS_LABEL: Record<string, string> = {
  TRIALING: 'Trial',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  PAST_DUE: 'Past due (payment failed)',
  CANCELLED: 'Cancelled',
};

const UNIT: Record<string, [string, string]> = {
  DAY: ['day', 'days'],
  WEEK: ['week', 'weeks'],
  MONTH: ['month', 'months'],
  YEAR: ['year', 'years'],
};

/** "month", "2 weeks" */
export function everyInterval(unit: string, count: number): string {
  const [one, many] = UNIT[unit] ?? [unit.toLowerCase(), unit.toLowerCase()];
  return count === 1 ? one : `${count} ${many}`;
}
