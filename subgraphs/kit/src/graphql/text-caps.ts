import { type GraphQLArgument, type GraphQLInputField, getNamedType, isScalarType } from 'graphql';

/**
 * The caps on free text, in characters. A field or argument declares its own with `maxLength(n)`;
 * otherwise its name decides (CONVENTIONAL_CAPS: `title` is a name, `note` a note, …), and any other
 * String or ID argument gets DEFAULT_TEXT_CAP, so no input is unbounded.
 */
export const TextCap = {
  /** names, titles, labels, codes, handles, SKUs, keys, references */
  name: 200,
  /** search terms */
  search: 200,
  /** email addresses (RFC 5321) */
  email: 320,
  /** notes, reasons, attribute values */
  note: 1_000,
  /** passwords and pass phrases */
  password: 1_000,
  /** URLs */
  url: 2_048,
  /** long descriptions */
  description: 10_000,
} as const;
export const DEFAULT_TEXT_CAP = 10_000;

const byName = (cap: number, ...names: string[]) => names.map((name) => [name, cap] as const);

/** Input field and argument names and their caps, the same in every subgraph. */
export const CONVENTIONAL_CAPS: ReadonlyMap<string, number> = new Map([
  ...byName(
    TextCap.name,
    'name',
    'title',
    'firstName',
    'lastName',
    'ownerName',
    'handle',
    'slug',
    'tenantSlug',
    'sku',
    'barcode',
    'code',
    'key',
    'alt',
    'carrier',
    'service',
    'trackingNumber',
    'customerGroup',
    'shippingMethod',
    'provider',
    'reference',
    'idempotencyKey',
    'operation',
    'roleNames',
    'scopes',
    'values',
    'line1',
    'line2',
    'city',
    'postalCode',
  ),
  ...byName(TextCap.search, 'query'),
  ...byName(TextCap.email, 'email', 'ownerEmail'),
  ...byName(TextCap.note, 'note', 'reason', 'value'),
  ...byName(TextCap.password, 'password', 'ownerPassword', 'newPassword', 'currentPassword'),
  ...byName(TextCap.url, 'url'),
  ...byName(TextCap.description, 'description'),
]);

/**
 * Options for a Pothos input field or argument whose cap is not its name's: declares the cap in the
 * printed schema (the description) and carries it for the kit's input rule.
 *   data: t.string({ required: true, ...maxLength(5 * 1024 * 1024, 'The file') })
 */
export function maxLength(limit: number, description?: string) {
  return { description: withCapNote(description, limit), extensions: { maxLength: limit } };
}

export function withCapNote(description: string | null | undefined, limit: number, each = false): string {
  const declared = `${each ? 'Each at most' : 'At most'} ${limit} characters.`;
  if (!description) return declared;
  if (description.includes(declared)) return description;
  return `${description.replace(/\.?\s*$/, '.')} ${declared}`;
}

/** The cap of a String or ID input: declared, else by its name, else DEFAULT_TEXT_CAP; none for other types. */
export function textCapOf(field: GraphQLArgument | GraphQLInputField): number | undefined {
  const declared = (field.extensions as { maxLength?: unknown } | undefined)?.maxLength;
  if (typeof declared === 'number') return declared;
  const named = getNamedType(field.type);
  if (!isScalarType(named) || (named.name !== 'String' && named.name !== 'ID')) return undefined;
  return CONVENTIONAL_CAPS.get(field.name) ?? DEFAULT_TEXT_CAP;
}
