import { ok, type Result } from '@ucos/kit';
import { orm, type Sql, type TenantDb } from '../db.ts';
import {
  BUILT_IN_TEMPLATES,
  isTemplateKey,
  TEMPLATE_KEYS,
  type TemplateKey,
  type TemplateSource,
} from '../templates/defaults.ts';
import { checkTemplate, type TemplateProblem } from '../templates/render.ts';
import { type NotificationsErrorCode, notificationsFail } from './errors.ts';
import type { TemplateOverrideRow } from './rows.ts';

export type { TemplateOverrideRow } from './rows.ts';

/** A template as the tenant sees it for one locale: its override, or the built-in default. */
export interface EffectiveTemplate extends TemplateSource {
  key: TemplateKey;
  locale: string;
  description: string;
  overridden: boolean;
  updatedAt: Date | null;
  sampleData: Record<string, unknown>;
}

const COLUMNS = {
  key: true,
  locale: true,
  subject: true,
  mjml: true,
  textBody: true,
  updatedAt: true,
  updatedBy: true,
};

const overrideRow = ({
  textBody,
  ...row
}: Omit<TemplateOverrideRow, 'text'> & { textBody: string }): TemplateOverrideRow => ({
  ...row,
  text: textBody,
});

/** BCP 47-ish: `en`, `de`, `pt-BR`, `zh-Hant-TW`; checked by Intl too. */
export function normalizeLocale(locale: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(locale)) return null;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

/** The override for `locale`, else for its language (`de` for `de-AT`), else none. */
export async function findOverride(sql: Sql, key: string, locale: string): Promise<TemplateOverrideRow | null> {
  const language = locale.split('-')[0] ?? locale;
  const rows = await orm(sql, (db) =>
    db.templateOverride.findMany({ where: { key, locale: { in: [locale, language] } }, select: COLUMNS }),
  );
  const row = rows.find((candidate) => candidate.locale === locale) ?? rows[0];
  return row ? overrideRow(row) : null;
}

export const effective = (key: TemplateKey, locale: string, row: TemplateOverrideRow | null): EffectiveTemplate => {
  const builtIn = BUILT_IN_TEMPLATES[key];
  return {
    key,
    locale: row?.locale ?? locale,
    description: builtIn.description,
    overridden: row !== null,
    updatedAt: row?.updatedAt ?? null,
    sampleData: builtIn.sampleData,
    subject: row?.subject ?? builtIn.subject,
    mjml: row?.mjml ?? builtIn.mjml,
    text: row?.text ?? builtIn.text,
  };
};

export const resolveTemplate = async (sql: Sql, key: TemplateKey, locale: string) =>
  effective(key, locale, await findOverride(sql, key, locale));

/** Every key, for one locale: the tenant's override where there is one, else the built-in template. */
export const listTemplates = (db: TenantDb, locale: string): Promise<EffectiveTemplate[]> =>
  db.run(async (sql) => {
    const rows = (await orm(sql, (db) => db.templateOverride.findMany({ where: { locale }, select: COLUMNS }))).map(
      overrideRow,
    );
    return TEMPLATE_KEYS.map((key) => effective(key, locale, rows.find((row) => row.key === key) ?? null));
  });

/** Every override the tenant has, any locale (the admin lists which locales are customised). */
export const listOverrides = (db: TenantDb): Promise<TemplateOverrideRow[]> =>
  db.run(async (sql) => {
    const rows = await orm(sql, (db) =>
      db.templateOverride.findMany({ select: COLUMNS, orderBy: [{ key: 'asc' }, { locale: 'asc' }] }),
    );
    return rows.map(overrideRow);
  });

export interface TemplateUpsertInput extends TemplateSource {
  key: string;
  locale: string;
}

export type TemplateResult = Result<
  { template: EffectiveTemplate; problems: TemplateProblem[] },
  NotificationsErrorCode
>;

/** Stores a tenant's template for one key and locale once all three parts parse. */
export async function upsertTemplate(
  db: TenantDb,
  actor: string | null,
  input: TemplateUpsertInput,
): Promise<TemplateResult> {
  const checked = checkKeyAndLocale(input.key, input.locale);
  if (!checked.ok) return checked;
  const { key, locale } = checked.value;
  const problems = checkTemplate(input);
  if (problems.length > 0) {
    const first = problems[0] as TemplateProblem;
    return notificationsFail(
      'INVALID_TEMPLATE',
      `${first.part}${first.line === null ? '' : ` (line ${first.line}, column ${first.column ?? 1})`}: ${first.message}`,
      ['input', first.part],
    );
  }
  return db.tx(async (sql) => {
    const template = { subject: input.subject, mjml: input.mjml, textBody: input.text, updatedBy: actor };
    const row = await orm(sql, (prisma) =>
      prisma.templateOverride.upsert({
        where: { tenantId_key_locale: { tenantId: db.tenantId, key, locale } },
        create: { tenantId: db.tenantId, key, locale, ...template },
        update: { ...template, updatedAt: new Date() },
        select: COLUMNS,
      }),
    );
    return ok({ template: effective(key, locale, overrideRow(row)), problems: [] });
  });
}

/** Removes the tenant's template for one key and locale: the built-in one applies again. */
export async function resetTemplate(db: TenantDb, keyInput: string, localeInput: string): Promise<TemplateResult> {
  const checked = checkKeyAndLocale(keyInput, localeInput);
  if (!checked.ok) return checked;
  const { key, locale } = checked.value;
  return db.tx(async (sql) => {
    await orm(sql, (prisma) => prisma.templateOverride.deleteMany({ where: { key, locale } }));
    return ok({ template: effective(key, locale, null), problems: [] });
  });
}

export function checkKeyAndLocale(
  key: string,
  localeInput: string,
): Result<{ key: TemplateKey; locale: string }, NotificationsErrorCode> {
  if (!isTemplateKey(key)) return notificationsFail('UNKNOWN_TEMPLATE', `No template "${key}"`, ['input', 'key']);
  const locale = normalizeLocale(localeInput);
  if (!locale) return notificationsFail('INVALID_LOCALE', `"${localeInput}" is not a locale`, ['input', 'locale']);
  return ok({ key, locale });
}
