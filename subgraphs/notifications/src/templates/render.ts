import { fractionDigits, isCurrencyCode } from '@ucos/kit';
import { Liquid, LiquidError, type Template } from 'liquidjs';
import mjml2html from 'mjml';
import type { TemplateSource } from './defaults.ts';

/**
 * Tenant-authored templates are untrusted: Liquid (liquidjs) has no way to run code; this engine
 * further reads only own properties of the data (no prototypes), has no file system (`templates: {}`
 * — `include`/`render`/`layout` resolve against an empty in-memory map), caps the template size, the
 * render time and the memory a render may allocate, and refuses unknown filters. MJML is compiled
 * with `mj-include` ignored (mjml 5's default, set explicitly).
 */
const LIMITS = { parseLimit: 100_000, renderLimit: 1_000, memoryLimit: 10_000_000 };

export type TemplatePart = 'subject' | 'mjml' | 'text';

/** One problem of a template: which part, and where (1-based), as the parser reports it. */
export interface TemplateProblem {
  part: TemplatePart;
  line: number | null;
  column: number | null;
  message: string;
}

export class TemplateError extends Error {
  readonly problems: TemplateProblem[];
  constructor(problems: TemplateProblem[]) {
    super(problems.map((problem) => `${problem.part}${where(problem)}: ${problem.message}`).join('; '));
    this.name = 'TemplateError';
    this.problems = problems;
  }
}

const where = (problem: TemplateProblem) =>
  problem.line === null ? '' : ` (line ${problem.line}, column ${problem.column ?? 1})`;

/** What a filter sees of its render (liquidjs's FilterImpl): the globals carry the locale. */
interface FilterThis {
  context: { globals: object };
}

function localeOf(options: FilterThis): string {
  const locale = options.context.globals as { locale?: unknown };
  return typeof locale.locale === 'string' ? locale.locale : 'en';
}

const toNumber = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};

/** `{{ 6045 | money: 'EUR' }}` → "€60.45" in en, "60,45 €" in de: minor units in the locale. */
export function formatMoney(amount: unknown, currency: unknown, locale: string): string {
  const minor = toNumber(amount);
  if (minor === null) return '';
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return String(minor);
  const digits = fractionDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

/**
 * `{{ order | order_number }}` → "AC-1042": the number as the shop showed it (its prefix, from the
 * order's events), or "#1042" for data that has only the bare number (orders announced before events
 * carried it, a workflow's notify step). `{{ invoice | order_number }}` gives an invoice's order.
 */
export function orderNumberText(order: unknown): string {
  if (!order || typeof order !== 'object') return '';
  const fields = order as Record<string, unknown>;
  // an invoice document's own `number` is the invoice's: its order's are orderNumber/orderDisplayNumber
  const isDocument = 'orderNumber' in fields;
  const displayNumber = isDocument ? fields.orderDisplayNumber : fields.displayNumber;
  const number = isDocument ? fields.orderNumber : fields.number;
  if (typeof displayNumber === 'string' && displayNumber !== '') return displayNumber;
  return typeof number === 'number' || (typeof number === 'string' && number !== '') ? `#${number}` : '';
}

const dateOf = (value: unknown): Date | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

function engine(escaped: boolean): Liquid {
  const liquid = new Liquid({
    ...LIMITS,
    ownPropertyOnly: true,
    strictFilters: true,
    templates: {},
    cache: false,
    ...(escaped ? { outputEscape: 'escape' as const } : {}),
  });
  liquid.registerFilter('money', function (this: FilterThis, amount: unknown, currency?: unknown) {
    return formatMoney(amount, currency, localeOf(this));
  });
  liquid.registerFilter('number', function (this: FilterThis, value: unknown) {
    const number = toNumber(value);
    return number === null ? '' : new Intl.NumberFormat(localeOf(this)).format(number);
  });
  liquid.registerFilter('order_number', orderNumberText);
  liquid.registerFilter('datetime', function (this: FilterThis, value: unknown) {
    const date = dateOf(value);
    return date
      ? new Intl.DateTimeFormat(localeOf(this), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
          date,
        )
      : '';
  });
  liquid.registerFilter('date_only', function (this: FilterThis, value: unknown) {
    const date = dateOf(value);
    return date ? new Intl.DateTimeFormat(localeOf(this), { dateStyle: 'long', timeZone: 'UTC' }).format(date) : '';
  });
  return liquid;
}

/** HTML-escaped output for the MJML body; plain output for the subject and the text body. */
const html = engine(true);
const plain = engine(false);

function parse(liquid: Liquid, part: TemplatePart, source: string): Template[] {
  try {
    return liquid.parse(source);
  } catch (error) {
    throw new TemplateError([problemOf(part, error)]);
  }
}

function problemOf(part: TemplatePart, error: unknown): TemplateProblem {
  if (error instanceof LiquidError || LiquidError.is(error)) {
    const liquidError = error as LiquidError;
    const [line, column] = liquidError.token?.getPosition?.() ?? [];
    const message = (liquidError.originalError?.message ?? liquidError.message).replace(/, line:\d+, col:\d+$/, '');
    return { part, line: line ?? null, column: column ?? null, message };
  }
  return { part, line: null, column: null, message: error instanceof Error ? error.message : String(error) };
}

/** Parses the three parts, reporting every part's first problem at once. */
export function checkTemplate(source: TemplateSource): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [part, liquid] of [
    ['subject', plain],
    ['mjml', html],
    ['text', plain],
  ] as const) {
    try {
      parse(liquid, part, source[part]);
    } catch (error) {
      if (error instanceof TemplateError) problems.push(...error.problems);
      else throw error;
    }
  }
  return problems;
}

export interface Rendered {
  subject: string;
  html: string;
  text: string;
}

/**
 * Renders a template with `data` in `locale`: Liquid first (HTML-escaped in the MJML), then MJML to
 * responsive HTML. A parse, render or MJML error is a `TemplateError` with its positions.
 */
export async function renderTemplate(source: TemplateSource, data: unknown, locale: string): Promise<Rendered> {
  const problems = checkTemplate(source);
  if (problems.length > 0) throw new TemplateError(problems);
  const scope = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const options = { globals: { locale } };
  const render = async (liquid: Liquid, part: TemplatePart) => {
    try {
      return await liquid.parseAndRender(source[part], scope, options);
    } catch (error) {
      throw new TemplateError([problemOf(part, error)]);
    }
  };
  const [subject, body, text] = await Promise.all([
    render(plain, 'subject'),
    render(html, 'mjml'),
    render(plain, 'text'),
  ]);
  let compiled: Awaited<ReturnType<typeof mjml2html>>;
  try {
    compiled = await mjml2html(body, { validationLevel: 'strict', ignoreIncludes: true, keepComments: false });
  } catch (error) {
    const details = (error as { errors?: { line?: number; message: string; formattedMessage?: string }[] }).errors;
    throw new TemplateError(
      details?.length
        ? details.map((detail) => ({ part: 'mjml', line: detail.line ?? null, column: null, message: detail.message }))
        : [{ part: 'mjml', line: null, column: null, message: error instanceof Error ? error.message : String(error) }],
    );
  }
  return { subject: subject.replace(/\s+/g, ' ').trim(), html: compiled.html, text };
}
