import type { FieldSpec } from '../../../../components/action-form.tsx';

/** The rule and limit fields of the create and edit forms (one list, so both forms read alike). */
export interface PromotionDefaults {
  name?: string;
  type?: string;
  percent?: string;
  amount?: string;
  currency?: string | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  tiers?: string;
  targetKind?: string | null;
  targetIds?: string;
  minSubtotal?: string;
  customerGroups?: string;
  shippingMethods?: string;
  priority?: number;
  exclusive?: boolean;
  /** wall-clock times in the shop's zone, as a datetime-local input holds them ("2026-12-24T09:00") */
  startsAt?: string;
  endsAt?: string;
  usageLimit?: number | null;
  usageLimitPerCustomer?: number | null;
}

export const TYPE_OPTIONS = [
  { value: 'PERCENTAGE', label: 'Percentage off' },
  { value: 'FIXED', label: 'Fixed amount off' },
  { value: 'BUY_X_GET_Y', label: 'Buy X get Y' },
  { value: 'TIERED', label: 'Tiered spend thresholds' },
  { value: 'FREE_SHIPPING', label: 'Free shipping' },
];

const TARGET_OPTIONS = [
  { value: 'ORDER', label: 'The whole order' },
  { value: 'PRODUCTS', label: 'Products' },
  { value: 'COLLECTIONS', label: 'Collections' },
  { value: 'CATEGORIES', label: 'Categories' },
  { value: 'VARIANTS', label: 'Variants' },
];

/**
 * `timeZone` is the shop's: the start and end are wall-clock times there (filled in with `wallTimeOf`,
 * read back with `wallTimeIn` by the actions), and their labels name it.
 */
export function promotionFields(values: PromotionDefaults, timeZone: string): FieldSpec[] {
  return [
    { name: 'name', label: 'Name (shoppers read it next to the discount)', required: true, defaultValue: values.name },
    { name: 'type', label: 'Kind', options: TYPE_OPTIONS, defaultValue: values.type ?? 'PERCENTAGE' },
    { name: 'percent', label: 'Percent off (e.g. 10; buy X get Y: 100 = free)', defaultValue: values.percent },
    { name: 'amount', label: 'Amount off (fixed; e.g. 5.00)', defaultValue: values.amount },
    { name: 'currency', label: 'Currency (required for fixed amounts, e.g. EUR)', defaultValue: values.currency },
    { name: 'buyQuantity', label: 'Buy X (quantity)', type: 'number', defaultValue: values.buyQuantity },
    { name: 'getQuantity', label: 'Get Y (quantity)', type: 'number', defaultValue: values.getQuantity },
    { name: 'tiers', label: 'Tiers: spend:percent pairs (e.g. 50:5, 100:10)', defaultValue: values.tiers },
    { name: 'targetKind', label: 'Applies to', options: TARGET_OPTIONS, defaultValue: values.targetKind ?? 'ORDER' },
    {
      name: 'targetIds',
      label: 'Ids of those products, collections, … (comma separated)',
      defaultValue: values.targetIds,
    },
    {
      name: 'shippingMethods',
      label: 'Free shipping: only these shipping method codes (e.g. standard; blank: any method, express too)',
      defaultValue: values.shippingMethods,
    },
    { name: 'minSubtotal', label: 'Minimum spend (e.g. 50.00; blank: none)', defaultValue: values.minSubtotal },
    {
      name: 'customerGroups',
      label: 'Only for customer groups (comma separated; blank: everyone)',
      defaultValue: values.customerGroups,
    },
    { name: 'priority', label: 'Priority (higher applies first)', type: 'number', defaultValue: values.priority ?? 0 },
    {
      name: 'exclusive',
      label: 'Stacking',
      choices: [{ value: 'yes', label: 'Exclusive: never combined with other promotions' }],
      defaultValues: values.exclusive ? ['yes'] : [],
    },
    {
      name: 'startsAt',
      label: `Starts (${timeZone}; blank: now)`,
      type: 'datetime-local',
      defaultValue: values.startsAt,
    },
    { name: 'endsAt', label: `Ends (${timeZone}; blank: never)`, type: 'datetime-local', defaultValue: values.endsAt },
    {
      name: 'usageLimit',
      label: 'Usage limit in total (orders; blank: none)',
      type: 'number',
      defaultValue: values.usageLimit,
    },
    {
      name: 'usageLimitPerCustomer',
      label: 'Usage limit per customer (blank: none)',
      type: 'number',
      defaultValue: values.usageLimitPerCustomer,
    },
  ];
}
