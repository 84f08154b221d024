/** The kinds of custom field the API knows (CustomFieldType), with what each form input takes. */
export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'BOOLEAN', 'DATE', 'ENUM', 'MONEY', 'REFERENCE'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const TYPE_LABELS: Record<CustomFieldType, string> = {
  TEXT: 'Text',
  NUMBER: 'Number',
  BOOLEAN: 'Yes / no',
  DATE: 'Date',
  ENUM: 'Choice from a list',
  MONEY: 'Money (19.99 EUR)',
  REFERENCE: 'Reference (an id)',
};
