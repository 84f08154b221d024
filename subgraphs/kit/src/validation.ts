import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { z } from 'zod';
import { isCurrencyCode, MAX_UNIT_AMOUNT } from './graphql/money.ts';
import { TextCap } from './graphql/text-caps.ts';

/**
 * The input rules every domain shares, as zod schemas. Put one on an input field or argument with
 * `validate:` (the kit builder runs them before the resolver, see `InputValidationPlugin`) or call
 * `problemsOf(rule, value, path)` where a rule applies to data that did not come from GraphQL (an
 * import row). Each rule fails with the payload error code it names (`INVALID_EMAIL`, …); a mutation's
 * payload declares those codes, and the schema build fails if it does not.
 */

/** Codes of the kit's rules. */
export const INPUT_RULE_CODES = [
  'INVALID_INPUT',
  'INVALID_EMAIL',
  'INVALID_HANDLE',
  'INVALID_CURRENCY',
  'INVALID_QUANTITY',
  'INVALID_AMOUNT',
] as const;
export type InputRuleCode = (typeof INPUT_RULE_CODES)[number];

/** A standard-schema issue that names the payload error code it is reported with. */
export interface CodedIssue extends StandardSchemaV1.Issue {
  readonly payloadCode: string;
}

/**
 * A rule: a zod schema whose every failure is reported with one payload error code. It is a standard
 * schema (what `validate:` takes) that keeps its code, so the schema build can check that each
 * mutation declares the codes of the rules on its input. `null`/`undefined` pass: whether a value is
 * required is the GraphQL type's business.
 */
export interface Rule<T> extends StandardSchemaV1<T, T> {
  readonly code: string;
  /** Every code the rule's issues may name (its own and those named by `params: { code }`). */
  readonly codes: readonly string[];
  readonly schema: z.ZodType<T>;
}

export function rule<T>(schema: z.ZodType<T>, code: string, otherCodes: readonly string[] = []): Rule<T> {
  return {
    code,
    codes: [code, ...otherCodes],
    schema,
    '~standard': {
      version: 1,
      vendor: 'ucos',
      validate: (value: unknown) => {
        if (value === null || value === undefined) return { value: value as T };
        const result = schema.safeParse(value);
        if (result.success) return { value: result.data };
        const issues: CodedIssue[] = result.error.issues.map((issue) => ({
          payloadCode: codeOf(issue as { params?: Record<string, unknown> }, code),
          message: issue.message,
          path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
        }));
        return { issues };
      },
    },
  };
}

/** A custom zod issue may name its own code (`params: { code }`); otherwise the rule's. */
export function codeOf(issue: { params?: Record<string, unknown> }, fallback: string): string {
  const named = issue.params?.code;
  return typeof named === 'string' ? named : fallback;
}

export function isRule(value: unknown): value is Rule<unknown> {
  return typeof value === 'object' && value !== null && 'code' in value && 'schema' in value && '~standard' in value;
}

/** Lower-case letters and digits in groups separated by single dashes: `summer-tee-2026`. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A SKU: a letter or digit, then up to 63 letters, digits, `.`, `_`, `/` or `-`. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** The longest address SMTP carries (RFC 5321: a 254-character path). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * An email address: one `@`, a dotted domain, at most 254 characters (zod's email format). The one
 * rule for staff, shoppers and order customers.
 */
export const email = rule(
  z.string().max(MAX_EMAIL_LENGTH, 'Enter a valid email address').pipe(z.email('Enter a valid email address')),
  'INVALID_EMAIL',
);

/**
 * A URL-safe handle (products, collections, categories, tenant slugs): lower-case letters and
 * digits separated by single dashes, `min` to `max` characters.
 */
export function handle(options: { min?: number; max?: number; code?: string } = {}) {
  const { min = 1, max = TextCap.name, code = 'INVALID_HANDLE' } = options;
  const message =
    min > 1
      ? `Must be ${min} to ${max} lower-case letters or digits, single dashes between them`
      : `Must be lower-case letters or digits, single dashes between them, at most ${max} characters`;
  return rule(z.string().min(min, message).max(max, message).regex(HANDLE_PATTERN, message), code);
}

export const sku = rule(
  z.string().regex(SKU_PATTERN, 'A SKU is 1 to 64 letters, digits, ., _, / or -'),
  'INVALID_INPUT',
);

/** An ISO 4217 currency code, exactly as listed (`EUR`; `eur` and `ZZZ` are refused). */
export const currency = rule(z.string().refine(isCurrencyCode, 'Not an ISO 4217 currency code'), 'INVALID_CURRENCY');

/**
 * Text a person typed: required text must not be blank; every text at most `max` characters (the
 * same caps the schema declares for the field, `TextCap`).
 */
export function text(options: { max?: number; required?: boolean } = {}) {
  const { max = TextCap.name, required = true } = options;
  const capped = z.string().max(max, `Must be at most ${max} characters`);
  return rule(required ? capped.refine((value) => value.trim() !== '', 'Must not be blank') : capped, 'INVALID_INPUT');
}

/** An ISO 3166-1 alpha-2 country code by form (two letters; `de` and `DE` alike). */
export const countryCode = rule(z.string().regex(/^[A-Za-z]{2}$/, 'Must be an ISO 3166 alpha-2 code'), 'INVALID_INPUT');

/** The canonical IANA name of a time zone this runtime knows (`europe/paris` → `Europe/Paris`), or undefined. */
export function canonicalTimeZone(input: string): string | undefined {
  const value = input.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+/-]{0,63}$/.test(value)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** An IANA time zone (`Europe/Paris`, `UTC`), passed on in its canonical spelling. */
export const timeZone = rule(
  z
    .string()
    .refine((value) => canonicalTimeZone(value) !== undefined, 'Not an IANA time zone (e.g. Europe/Paris)')
    .transform((value) => canonicalTimeZone(value) as string),
  'INVALID_INPUT',
);

/** A client's idempotency key: 1 to 200 characters. */
export const idempotencyKey = rule(
  z
    .string()
    .min(1, 'An idempotency key has 1 to 200 characters')
    .max(TextCap.name, 'An idempotency key has 1 to 200 characters'),
  'INVALID_INPUT',
);

/** A whole number of units from `min` to `max`. */
export function quantity(options: { min?: number; max: number }) {
  const { min = 1, max } = options;
  const message = `Quantity must be an integer from ${min} to ${max}`;
  return rule(z.number().int(message).min(min, message).max(max, message), 'INVALID_QUANTITY');
}

/** A unit price in minor units: 0 to MAX_UNIT_AMOUNT. */
export const unitAmount = rule(
  z
    .number()
    .int('Amounts are integer minor units')
    .min(0, 'Must not be negative')
    .max(MAX_UNIT_AMOUNT, `Must be at most ${MAX_UNIT_AMOUNT} minor units`),
  'INVALID_AMOUNT',
);

/** A count or position that cannot be negative. */
export const nonNegativeInt = rule(
  z.number().int('Must be an integer').min(0, 'Must not be negative'),
  'INVALID_INPUT',
);

/** An input problem in the shape payloads return (`field` is the input path). */
export interface InputProblem {
  code: string;
  field: string[];
  message: string;
}

/**
 * Checks a value against a rule outside GraphQL (import rows, values computed from several fields):
 * the problems, each with the rule's code and `path` plus the issue's own path.
 */
export function problemsOf<T>(check: Rule<T>, value: unknown, path: readonly (string | number)[]): InputProblem[] {
  const result = check['~standard'].validate(value) as StandardSchemaV1.Result<T>;
  if (!result.issues) return [];
  return (result.issues as readonly CodedIssue[]).map((issue) => ({
    code: issue.payloadCode,
    field: [...path, ...(issue.path ?? [])].map((key) => String(typeof key === 'object' ? key.key : key)),
    message: issue.message,
  }));
}
