import { inputMutation, maxLength, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { NotificationsErrorCode } from '../data/errors.ts';
import {
  checkKeyAndLocale,
  type EffectiveTemplate,
  listTemplates,
  normalizeLocale,
  resetTemplate,
  resolveTemplate,
  upsertTemplate,
} from '../data/templates.ts';
import { BUILT_IN_TEMPLATES } from '../templates/defaults.ts';
import { renderTemplate, TemplateError, type TemplateProblem } from '../templates/render.ts';
import { dbOf, TEMPLATE_EDITORS } from './loaders.ts';

const BODY_CAP = 100_000;

const TemplatePartEnum = builder.enumType('NotificationTemplatePart', {
  values: { SUBJECT: { value: 'subject' }, MJML: { value: 'mjml' }, TEXT: { value: 'text' } } as const,
});

const ProblemRef = builder.objectRef<TemplateProblem>('NotificationTemplateProblem').implement({
  description: 'Where a template fails to parse or render: its part, and the position the parser reports',
  fields: (t) => ({
    part: t.field({ type: TemplatePartEnum, resolve: (problem) => problem.part }),
    line: t.exposeInt('line', { nullable: true, description: '1-based' }),
    column: t.exposeInt('column', { nullable: true, description: '1-based' }),
    message: t.exposeString('message'),
  }),
});

export const TemplateRef = builder.objectRef<EffectiveTemplate>('NotificationTemplate').implement({
  description: "A notification template in one locale: the tenant's own, or the built-in default",
  fields: (t) => ({
    key: t.exposeString('key', { description: 'order.confirmation, shipment.sent, …' }),
    locale: t.exposeString('locale'),
    channel: t.string({ resolve: () => 'email' }),
    description: t.exposeString('description', { description: 'When it is sent, and to whom' }),
    overridden: t.exposeBoolean('overridden', { description: 'Whether the tenant changed it (else the built-in one)' }),
    subject: t.exposeString('subject', { description: 'Liquid' }),
    mjml: t.exposeString('mjml', { description: 'The HTML body: MJML with Liquid' }),
    text: t.exposeString('text', { description: 'The plain-text body: Liquid' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    sampleData: t.string({
      description: 'The data the preview renders when given none (JSON)',
      resolve: (template) => JSON.stringify(template.sampleData, null, 2),
    }),
  }),
});

builder.queryField('notificationTemplates', (t) =>
  t.field({
    type: [TemplateRef],
    description: 'Every notification template in a locale (default: the platform default locale)',
    authScopes: TEMPLATE_EDITORS,
    args: { locale: t.arg.string() },
    resolve: (_root, args, context) =>
      listTemplates(
        dbOf(context),
        normalizeLocale(args.locale ?? context.deps.defaultLocale) ?? context.deps.defaultLocale,
      ),
  }),
);

builder.queryField('notificationTemplate', (t) =>
  t.field({
    type: TemplateRef,
    nullable: true,
    description: 'One template in a locale; null for an unknown key or locale',
    authScopes: TEMPLATE_EDITORS,
    args: { key: t.arg.string({ required: true }), locale: t.arg.string() },
    resolve: async (_root, args, context) => {
      const checked = checkKeyAndLocale(args.key, args.locale ?? context.deps.defaultLocale);
      if (!checked.ok) return null;
      const { key, locale } = checked.value;
      return dbOf(context).run((sql) => resolveTemplate(sql, key, locale));
    },
  }),
);

interface Preview {
  subject: string;
  html: string;
  text: string;
  problems: TemplateProblem[];
}

const PreviewRef = builder.objectRef<Preview>('NotificationPreview').implement({
  description: 'A template rendered with data; on a problem, empty parts and the problems',
  fields: (t) => ({
    subject: t.exposeString('subject'),
    html: t.exposeString('html', { description: 'Responsive HTML (show it in a sandboxed iframe)' }),
    text: t.exposeString('text'),
    problems: t.field({ type: [ProblemRef], resolve: (preview) => preview.problems }),
  }),
});

const DraftInput = builder.inputType('NotificationTemplateDraftInput', {
  description: 'Unsaved template parts to preview instead of the stored ones',
  fields: (t) => ({
    subject: t.string({ required: true, ...maxLength(1_000) }),
    mjml: t.string({ required: true, ...maxLength(BODY_CAP) }),
    text: t.string({ required: true, ...maxLength(BODY_CAP) }),
  }),
});

builder.queryField('notificationTemplatePreview', (t) =>
  t.field({
    type: PreviewRef,
    description:
      "Renders a template (the tenant's, or `draft`) with `sampleData` (JSON; default: the template's sample data) in `locale`",
    authScopes: TEMPLATE_EDITORS,
    args: {
      key: t.arg.string({ required: true }),
      locale: t.arg.string(),
      sampleData: t.arg.string({ ...maxLength(BODY_CAP, 'JSON') }),
      draft: t.arg({ type: DraftInput }),
    },
    resolve: async (_root, args, context): Promise<Preview> => {
      const empty = (problems: TemplateProblem[]): Preview => ({ subject: '', html: '', text: '', problems });
      const checked = checkKeyAndLocale(args.key, args.locale ?? context.deps.defaultLocale);
      if (!checked.ok)
        return empty([{ part: 'subject', line: null, column: null, message: checked.errors[0]?.message ?? 'invalid' }]);
      const { key, locale } = checked.value;
      let data: unknown = BUILT_IN_TEMPLATES[key].sampleData;
      if (args.sampleData) {
        try {
          data = JSON.parse(args.sampleData);
        } catch (error) {
          return empty([
            {
              part: 'subject',
              line: null,
              column: null,
              message: `sampleData is not JSON: ${(error as Error).message}`,
            },
          ]);
        }
      }
      const source = args.draft ?? (await dbOf(context).run((sql) => resolveTemplate(sql, key, locale)));
      try {
        return { ...(await renderTemplate(source, data, locale)), problems: [] };
      } catch (error) {
        if (error instanceof TemplateError) return empty(error.problems);
        throw error;
      }
    },
  }),
);

/** The payload of a template change: the template as it now applies. */
const templatePayload = (codes: NotificationsErrorCode[]) => ({ codes, field: 'template', type: TemplateRef });

const UpsertInput = builder.inputType('NotificationTemplateUpsertInput', {
  fields: (t) => ({
    key: t.string({ required: true, validate: rules.text() }),
    locale: t.string({ required: true, validate: rules.text() }),
    subject: t.string({ required: true, validate: rules.text({ max: 1_000 }), ...maxLength(1_000) }),
    mjml: t.string({ required: true, validate: rules.text({ max: BODY_CAP }), ...maxLength(BODY_CAP) }),
    text: t.string({ required: true, validate: rules.text({ max: BODY_CAP }), ...maxLength(BODY_CAP) }),
  }),
});

inputMutation(builder, 'notificationTemplateUpsert', {
  input: UpsertInput,
  payload: templatePayload(['INVALID_INPUT', 'INVALID_LOCALE', 'INVALID_TEMPLATE', 'UNKNOWN_TEMPLATE']),
  authScopes: TEMPLATE_EDITORS,
  description:
    "Sets the tenant's template for a key and locale. A part that does not parse is INVALID_TEMPLATE, its message naming the part, line and column (field: the part)",
  run: (context, input) => upsertTemplate(dbOf(context), context.auth.subject, input),
  fields: ({ template }) => ({ template }),
});

const ResetInput = builder.inputType('NotificationTemplateResetInput', {
  fields: (t) => ({
    key: t.string({ required: true, validate: rules.text() }),
    locale: t.string({ required: true, validate: rules.text() }),
  }),
});

inputMutation(builder, 'notificationTemplateReset', {
  input: ResetInput,
  payload: templatePayload(['INVALID_INPUT', 'INVALID_LOCALE', 'UNKNOWN_TEMPLATE']),
  authScopes: TEMPLATE_EDITORS,
  description: "Drops the tenant's template for a key and locale: the built-in one applies again",
  run: (context, input) => resetTemplate(dbOf(context), input.key, input.locale),
  fields: ({ template }) => ({ template }),
});
