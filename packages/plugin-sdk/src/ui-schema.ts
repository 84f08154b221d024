import { z } from 'zod';

/**
 * The declarative UI schema of admin extensions (issue 15 §4): a list of blocks the admin renders
 * with its own components. Never HTML or script: every string is shown as text, a link goes to an
 * admin path or an https URL, a button runs one mutation of an allow-list with fixed arguments and
 * the id of the page's object, or one named action of a plugin (`admin.action`) told the page's object. Sizes are bounded (depth, block count, string lengths).
 *
 * Shared by the plugins subgraph (which refuses a schema with every problem on its path) and the
 * admin (which renders it). Import it as `@ucos/plugin-sdk/ui-schema`: it pulls in zod only.
 */

/**
 * The layouts of the custom-fields forms of the product, customer, order and supplier pages: which
 * fields, in which order, in which titled sections. Their schema is one `form` block and nothing else.
 */
export const UI_FORM_POINTS = ['PRODUCT_FORM', 'CUSTOMER_FORM', 'ORDER_FORM', 'SUPPLIER_FORM'] as const;
export type UiFormPoint = (typeof UI_FORM_POINTS)[number];

export const UI_EXTENSION_POINTS = [
  'PRODUCT_PANEL',
  'ORDER_PANEL',
  'CUSTOMER_PANEL',
  'DASHBOARD_WIDGET',
  'NAV_PAGE',
  ...UI_FORM_POINTS,
] as const;
export type UiExtensionPoint = (typeof UI_EXTENSION_POINTS)[number];

/** Whether a point takes a form layout (a single `form` block) rather than blocks to render. */
export const isFormPoint = (point: UiExtensionPoint): point is UiFormPoint =>
  (UI_FORM_POINTS as readonly string[]).includes(point);

export const UI_SCHEMA_LIMITS = {
  /** nesting of cards: a card in a card in a card, no deeper */
  maxDepth: 3,
  /** blocks in the whole schema, nested ones included */
  maxBlocks: 60,
  maxChildren: 30,
  maxFields: 30,
  maxColumns: 10,
  /** rows a table shows at most */
  maxRows: 50,
  maxLabel: 120,
  maxText: 2000,
  maxUrl: 500,
  maxPath: 200,
  /** the schema's JSON */
  maxJson: 50_000,
  /** sections of a form layout */
  maxSections: 20,
  /** field keys in one section of a form layout */
  maxSectionFields: 50,
} as const;

/**
 * What a host object exposes at each point: a path starts with its name (`product.title`,
 * `order.total.amount`, `customer.email`). The dashboard and a nav page have no object.
 */
export const POINT_ROOTS: Record<UiExtensionPoint, string | null> = {
  PRODUCT_PANEL: 'product',
  ORDER_PANEL: 'order',
  CUSTOMER_PANEL: 'customer',
  DASHBOARD_WIDGET: null,
  NAV_PAGE: null,
  PRODUCT_FORM: 'product',
  CUSTOMER_FORM: 'customer',
  ORDER_FORM: 'order',
  SUPPLIER_FORM: 'supplier',
};

/**
 * The mutations a button may run, at the point whose object it acts on. The admin passes the page's
 * object (its id, and its version where the mutation needs one) and the button's fixed arguments.
 */
export const UI_BUTTON_MUTATIONS = {
  productStatusSet: { point: 'PRODUCT_PANEL' },
  orderHoldPlace: { point: 'ORDER_PANEL' },
} as const satisfies Record<string, { point: UiExtensionPoint }>;
export type UiButtonMutation = keyof typeof UI_BUTTON_MUTATIONS;

const SEGMENT = '[A-Za-z_][A-Za-z0-9_]*';
const PATH = new RegExp(`^${SEGMENT}(\\.(${SEGMENT}|[0-9]{1,3})){0,7}$`);
/** keys a path may never walk through, whatever the object */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

const label = z.string().trim().min(1, 'Required').max(UI_SCHEMA_LIMITS.maxLabel);
const path = z
  .string()
  .max(UI_SCHEMA_LIMITS.maxPath)
  .regex(PATH, 'A path of names separated by dots, such as order.total.amount')
  .refine(
    (value) => value.split('.').every((segment) => !FORBIDDEN_SEGMENTS.has(segment)),
    'Not a path a schema may use',
  );

/** An admin path (`/orders`, never `//host`) or an https URL. */
const href = z
  .string()
  .max(UI_SCHEMA_LIMITS.maxUrl)
  .refine((value) => {
    if (/^\/(?![/\\])[^\s]*$/.test(value)) return true;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'An admin path starting with / or an https:// URL');

const fieldsBlock = z.strictObject({
  type: z.literal('fields'),
  fields: z.array(z.strictObject({ label, path })).min(1).max(UI_SCHEMA_LIMITS.maxFields),
});

const tableBlock = z.strictObject({
  type: z.literal('table'),
  title: label.optional(),
  /** a list in the host object, such as order.lines */
  rows: path,
  columns: z.array(z.strictObject({ label, path })).min(1).max(UI_SCHEMA_LIMITS.maxColumns),
  empty: z.string().max(UI_SCHEMA_LIMITS.maxLabel).optional(),
});

const textBlock = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1, 'Required').max(UI_SCHEMA_LIMITS.maxText),
});

const linkBlock = z.strictObject({ type: z.literal('link'), label, href });

/**
 * A custom field's key as the platform defines it (`CUSTOM_FIELD_KEY_PATTERN` in `@ucos/kit`, kept
 * here so the SDK pulls in zod only): 1 to 40 lower-case letters, digits or _, starting with a letter.
 */
export const UI_FORM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * The platform's own fields a form point's layout may place among the custom fields, written with an
 * `@` (`@title`): the product page edits its product in one form. The customer, order and supplier
 * pages edit their own data through separate actions, so their layouts arrange custom fields only.
 */
export const UI_FORM_CORE_FIELDS: Record<UiFormPoint, readonly string[]> = {
  PRODUCT_FORM: ['@title', '@handle', '@description', '@status', '@categories'],
  CUSTOMER_FORM: [],
  ORDER_FORM: [],
  SUPPLIER_FORM: [],
};

/** Whether a layout's entry names one of the platform's own fields (`@title`) rather than a custom field. */
export const isCoreFormField = (key: string) => key.startsWith('@');

/**
 * The layout of a form (at a `…_FORM` point only): titled sections, each listing custom-field keys
 * (and, on the product form, its own fields as `@title`, …) in the order they show. A key appears at
 * most once in a layout.
 */
const formBlock = z.strictObject({
  type: z.literal('form'),
  sections: z
    .array(
      z.strictObject({
        title: label,
        fields: z
          .array(
            z
              .string()
              .refine(
                (key) => UI_FORM_FIELD_KEY.test(key) || /^@[a-z]{1,40}$/.test(key),
                'A custom field key (1 to 40 lower-case letters, digits or _, starting with a letter), or one of the form’s own fields (@title, …)',
              ),
          )
          .min(1, 'At least one field')
          .max(UI_SCHEMA_LIMITS.maxSectionFields),
      }),
    )
    .min(1, 'At least one section')
    .max(UI_SCHEMA_LIMITS.maxSections),
});

const mutationButtonBlock = z.discriminatedUnion('mutation', [
  z.strictObject({
    type: z.literal('button'),
    label,
    mutation: z.literal('productStatusSet'),
    args: z.strictObject({ status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']) }),
  }),
  z.strictObject({
    type: z.literal('button'),
    label,
    mutation: z.literal('orderHoldPlace'),
    args: z.strictObject({ reason: z.string().trim().min(1, 'Required').max(1000) }),
  }),
]);

/** A plugin's name (as its manifest's `name`) and one of its admin actions' names. */
export const UI_ACTION_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * A button bound to a plugin's admin action (its manifest's `admin.action` hook, `actions`): `plugin`
 * names the plugin; an extension a plugin declares, or one bound to its installation, may leave it out.
 * Which plugin and action it may name is checked where that is known (the manifest, the save).
 */
const actionButtonBlock = z.strictObject({
  type: z.literal('button'),
  label,
  action: z.strictObject({
    plugin: z.string().regex(PLUGIN_NAME, "A plugin's name, as its manifest has it").optional(),
    name: z.string().regex(UI_ACTION_NAME, 'An action name: lower case letters, digits and dashes'),
  }),
});

/** A button runs an allow-listed mutation, or a plugin's action: the one it names decides its schema. */
const buttonBlock: z.ZodType<UiMutationButtonBlock | UiActionButtonBlock> = z.any().superRefine((value, ctx) => {
  const schema =
    value !== null && typeof value === 'object' && 'action' in value ? actionButtonBlock : mutationButtonBlock;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
    }
  }
}) as z.ZodType<UiMutationButtonBlock | UiActionButtonBlock>;

export type UiFieldsBlock = z.infer<typeof fieldsBlock>;
export type UiTableBlock = z.infer<typeof tableBlock>;
export type UiTextBlock = z.infer<typeof textBlock>;
export type UiLinkBlock = z.infer<typeof linkBlock>;
export type UiFormBlock = z.infer<typeof formBlock>;
export type UiFormSection = UiFormBlock['sections'][number];
export type UiMutationButtonBlock = z.infer<typeof mutationButtonBlock>;
export type UiActionButtonBlock = z.infer<typeof actionButtonBlock>;
export type UiButtonBlock = UiMutationButtonBlock | UiActionButtonBlock;

/** Whether a button runs a plugin's action (rather than an allow-listed mutation). */
export const isActionButton = (block: UiButtonBlock): block is UiActionButtonBlock => 'action' in block;
export interface UiCardBlock {
  type: 'card';
  title: string;
  children: UiBlock[];
}
export type UiBlock =
  | UiCardBlock
  | UiFieldsBlock
  | UiTableBlock
  | UiTextBlock
  | UiLinkBlock
  | UiButtonBlock
  | UiFormBlock;

const BLOCK_TYPES = ['card', 'fields', 'table', 'text', 'link', 'button', 'form'] as const;

/**
 * One block checked by the schema of its own `type`, so a problem names the block's own field (a
 * plain union would report "no variant matched" on the block).
 */
const typedBlock: z.ZodType<UiBlock> = z.any().superRefine((value, ctx) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'A block is an object with a type' });
    return;
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !(BLOCK_TYPES as readonly string[]).includes(type)) {
    ctx.addIssue({ code: 'custom', message: `type is one of ${BLOCK_TYPES.join(', ')}`, path: ['type'] });
    return;
  }
  const parsed = SCHEMAS[type as UiBlock['type']].safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
    }
  }
}) as z.ZodType<UiBlock>;

const SCHEMAS: Record<UiBlock['type'], z.ZodType> = {
  card: z.strictObject({
    type: z.literal('card'),
    title: label,
    children: z.array(typedBlock).max(UI_SCHEMA_LIMITS.maxChildren),
  }),
  fields: fieldsBlock,
  table: tableBlock,
  text: textBlock,
  link: linkBlock,
  button: buttonBlock,
  form: formBlock,
};

export const uiSchemaShape = z.strictObject({
  blocks: z.array(typedBlock).min(1, 'At least one block').max(UI_SCHEMA_LIMITS.maxChildren),
});
export type UiSchema = { blocks: UiBlock[] };

export interface UiSchemaProblem {
  /** where in the schema, such as ["blocks", "0", "children", "1", "fields", "0", "path"] */
  path: string[];
  message: string;
}

/** JSON nesting checked before the shape, so a deeply nested document costs nothing to refuse. */
const MAX_JSON_NESTING = 4 * UI_SCHEMA_LIMITS.maxDepth + 4;

function nestedDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  return Object.values(value).some((child) => nestedDeeperThan(child, limit - 1));
}

function walk(
  blocks: UiBlock[],
  at: string[],
  depth: number,
  /** false: leave the block's children alone (a block refused as a whole) */
  visit: (block: UiBlock, at: string[], depth: number) => undefined | false,
) {
  blocks.forEach((child, index) => {
    const here = [...at, String(index)];
    if (visit(child, here, depth) === false) return;
    if (child.type === 'card') walk(child.children, [...here, 'children'], depth + 1, visit);
  });
}

/**
 * Every problem of a schema for a point: its shape, its depth and size, paths that do not start at
 * the point's object, buttons whose mutation does not act on it. An empty list means it is valid.
 */
export function uiSchemaProblems(point: UiExtensionPoint, value: unknown): UiSchemaProblem[] {
  if (nestedDeeperThan(value, MAX_JSON_NESTING)) {
    return [{ path: [], message: `Nested deeper than ${MAX_JSON_NESTING} levels` }];
  }
  const parsed = uiSchemaShape.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  }
  const problems: UiSchemaProblem[] = [];
  const schema = parsed.data as UiSchema;
  const root = POINT_ROOTS[point];
  let count = 0;
  const checkPath = (value: string, at: string[]) => {
    const first = value.split('.')[0];
    if (root === null) problems.push({ path: at, message: `${point} has no object to read ${value} from` });
    else if (first !== root) problems.push({ path: at, message: `A path at ${point} starts with ${root}.` });
  };
  const formPoint = isFormPoint(point);
  if (formPoint && schema.blocks.length > 1) {
    problems.push({ path: ['blocks'], message: `A layout at ${point} is one form block` });
  }
  walk(schema.blocks, ['blocks'], 1, (child, at, depth) => {
    count += 1;
    if (formPoint !== (child.type === 'form')) {
      problems.push({
        path: [...at, 'type'],
        message: formPoint
          ? `${point} takes a form block only`
          : `A form block goes at a form point (${UI_FORM_POINTS.join(', ')})`,
      });
      return false;
    }
    if (child.type === 'form') {
      const seen = new Map<string, number>();
      child.sections.forEach((section, sectionIndex) => {
        section.fields.forEach((key, index) => {
          const own = UI_FORM_CORE_FIELDS[point as UiFormPoint];
          if (isCoreFormField(key) && !own.includes(key)) {
            problems.push({
              path: [...at, 'sections', String(sectionIndex), 'fields', String(index)],
              message: own.length
                ? `${point} has no field ${key} (its own fields are ${own.join(', ')})`
                : `${point} lays out custom fields only (its page edits the rest elsewhere)`,
            });
          }
          const first = seen.get(key);
          if (first === undefined) seen.set(key, sectionIndex);
          else
            problems.push({
              path: [...at, 'sections', String(sectionIndex), 'fields', String(index)],
              message: `${key} is already in section ${first + 1}: a field appears once in a layout`,
            });
        });
      });
      return;
    }
    if (depth > UI_SCHEMA_LIMITS.maxDepth) {
      problems.push({ path: at, message: `Cards nest at most ${UI_SCHEMA_LIMITS.maxDepth} deep` });
    }
    if (child.type === 'fields') {
      child.fields.forEach((field, index) => {
        checkPath(field.path, [...at, 'fields', String(index), 'path']);
      });
    } else if (child.type === 'table') {
      checkPath(child.rows, [...at, 'rows']);
      // a column's path reads from the row, so it may start anywhere
    } else if (child.type === 'button' && !isActionButton(child)) {
      // an action button may sit at any point: the action is told the page's object, if any
      const allowed = UI_BUTTON_MUTATIONS[child.mutation].point;
      if (allowed !== point) {
        problems.push({ path: [...at, 'mutation'], message: `${child.mutation} runs on ${allowed} only` });
      }
    }
  });
  if (count > UI_SCHEMA_LIMITS.maxBlocks) {
    problems.push({ path: ['blocks'], message: `At most ${UI_SCHEMA_LIMITS.maxBlocks} blocks in all` });
  }
  return problems;
}

/** A button of a schema bound to a plugin action, with its place (`["blocks", "0", "children", "1"]`). */
export interface UiActionReference {
  path: string[];
  plugin: string | undefined;
  name: string;
  label: string;
}

/** The buttons of a (valid) schema that run plugin actions, in document order. */
export function uiActionReferences(schema: UiSchema): UiActionReference[] {
  const found: UiActionReference[] = [];
  walk(schema.blocks, ['blocks'], 1, (block, at) => {
    if (block.type === 'button' && isActionButton(block)) {
      found.push({ path: at, plugin: block.action.plugin, name: block.action.name, label: block.label });
    }
  });
  return found;
}

/**
 * The sections of a form point's (valid) schema, or null when it has none: the layout a
 * custom-fields form follows.
 */
export function uiFormSections(schema: UiSchema): UiFormSection[] | null {
  const block = schema.blocks[0];
  return block?.type === 'form' ? block.sections : null;
}

/**
 * A custom-fields form's fields in a layout's sections and order. A key the layout names that has no
 * field (archived, mistyped) is skipped, a section left empty is dropped, and the fields the layout
 * does not name follow, in their own order, in a last section titled `otherTitle`, so every field
 * stays editable. Without a layout: null (the form shows its fields as it always did).
 */
export function arrangeFormFields<F extends { key: string }>(
  sections: readonly UiFormSection[] | null | undefined,
  fields: readonly F[],
  otherTitle = 'Other fields',
): { title: string; fields: F[] }[] | null {
  if (!sections?.length) return null;
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const placed = new Set<string>();
  const arranged: { title: string; fields: F[] }[] = [];
  for (const section of sections) {
    const shown = section.fields.flatMap((key) => {
      const field = byKey.get(key);
      if (!field || placed.has(key)) return [];
      placed.add(key);
      return [field];
    });
    if (shown.length) arranged.push({ title: section.title, fields: shown });
  }
  const rest = fields.filter((field) => !placed.has(field.key));
  if (rest.length) arranged.push({ title: otherTitle, fields: rest });
  return arranged;
}

/** A schema from its JSON text, or its problems (a problem with JSON itself has an empty path). */
export function parseUiSchema(
  point: UiExtensionPoint,
  text: string,
): { ok: true; schema: UiSchema } | { ok: false; problems: UiSchemaProblem[] } {
  if (text.length > UI_SCHEMA_LIMITS.maxJson) {
    return { ok: false, problems: [{ path: [], message: `At most ${UI_SCHEMA_LIMITS.maxJson} characters` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `Not JSON: ${(error as Error).message}` }] };
  }
  const problems = uiSchemaProblems(point, value);
  return problems.length ? { ok: false, problems } : { ok: true, schema: value as UiSchema };
}

/**
 * The value at a dotted path of a host object, reading own properties only (never a prototype's),
 * or undefined.
 */
export function resolveUiPath(host: unknown, dotted: string): unknown {
  let current: unknown = host;
  for (const segment of dotted.split('.')) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const isMoney = (value: unknown): value is { amount: number; currency: string; fractionDigits: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { amount?: unknown }).amount === 'number' &&
  typeof (value as { currency?: unknown }).currency === 'string' &&
  Number.isInteger((value as { fractionDigits?: unknown }).fractionDigits) &&
  (value as { fractionDigits: number }).fractionDigits >= 0 &&
  (value as { fractionDigits: number }).fractionDigits <= 4;

/**
 * A bound value as the admin shows it: text for scalars, money (`{amount, currency, fractionDigits}`)
 * as "45.99 EUR", JSON for the rest, — for nothing.
 */
export function uiValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isMoney(value)) {
    return `${(value.amount / 10 ** value.fractionDigits).toFixed(value.fractionDigits)} ${value.currency}`;
  }
  const json = JSON.stringify(value);
  return json.length > UI_SCHEMA_LIMITS.maxText ? `${json.slice(0, UI_SCHEMA_LIMITS.maxText)}…` : json;
}
