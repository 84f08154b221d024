import { isPermissionScope, rules } from '@ucos/kit';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { CronExpressionParser } from 'cron-parser';
import { Kind, parse as parseGraphql } from 'graphql';
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { compileExpression } from './expressions.ts';
import { WORKFLOW_JSON_SCHEMA } from './json-schema.ts';
import { STEP_KINDS, type Step, type WorkflowDocument } from './model.ts';

/**
 * A workflow document from its YAML source: the YAML syntax, then the published JSON Schema, then
 * what a schema cannot say (duplicate step ids, expressions that do not compile, `steps.<id>`
 * references to no step, scopes that are not platform scopes, cron that does not parse). Every
 * problem names the node at fault by its path and its line and column in the source (1-based).
 */

export interface DefinitionProblem {
  message: string;
  /** where in the document: `steps[1].approval.scope`; empty for the document itself */
  path: string;
  line: number;
  column: number;
}

export type ParseResult =
  | { ok: true; document: WorkflowDocument }
  | { ok: false; errors: DefinitionProblem[]; document?: undefined };

/** The most a source may hold (a document is a page of YAML, not a data set). */
export const MAX_SOURCE_LENGTH = 100_000;

type Segment = string | number;

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
const validateSchema = ajv.compile(WORKFLOW_JSON_SCHEMA);

export function parseDefinition(source: string): ParseResult {
  if (source.length > MAX_SOURCE_LENGTH) {
    return fail([{ message: `a workflow is at most ${MAX_SOURCE_LENGTH} characters`, path: '', line: 1, column: 1 }]);
  }
  const lineCounter = new LineCounter();
  const yaml = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (yaml.errors.length > 0) {
    return fail(
      yaml.errors.map((error) => ({
        message: `YAML: ${error.message.split('\n')[0]}`,
        path: '',
        ...at(error.pos[0]),
      })),
    );
  }
  let value: unknown;
  try {
    value = yaml.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return fail([{ message: `YAML: ${(error as Error).message}`, path: '', line: 1, column: 1 }]);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail([{ message: 'a workflow is a YAML mapping (name, trigger, steps)', path: '', line: 1, column: 1 }]);
  }
  const locate = locator(yaml, at);
  const problems: DefinitionProblem[] = [];
  if (!validateSchema(value)) problems.push(...schemaProblems(validateSchema.errors ?? [], value, locate));
  problems.push(...semanticProblems(value as Partial<WorkflowDocument>, locate));
  const unique = dedupe(problems).sort((a, b) => a.line - b.line || a.column - b.column);
  return unique.length > 0 ? fail(unique) : { ok: true, document: value as WorkflowDocument };
}

const fail = (errors: DefinitionProblem[]): ParseResult => ({ ok: false, errors });

/** `steps[1].approval.scope` */
export function pathText(segments: readonly Segment[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

type Locate = (segments: Segment[], key?: string) => DefinitionProblem;

/** The line and column of a node (or of `key` inside the mapping at `segments`), else of its nearest ancestor. */
function locator(yaml: Document, at: (offset: number) => { line: number; column: number }): Locate {
  return (segments, key) => {
    const path = pathText(key === undefined ? segments : [...segments, key]);
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = depth === 0 ? yaml.contents : yaml.getIn(segments.slice(0, depth), true);
      if (!isNode(node)) continue;
      if (key !== undefined && depth === segments.length && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return { message: '', path, ...at(pair.key.range[0]) };
      }
      const range = (node as Node).range;
      if (range) return { message: '', path, ...at(range[0]) };
    }
    return { message: '', path, line: 1, column: 1 };
  };
}

const segmentsOf = (instancePath: string): Segment[] =>
  instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

function valueAt(root: unknown, segments: Segment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

function schemaProblems(errors: ErrorObject[], root: unknown, locate: Locate): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const error of errors) {
    // the branches of a oneOf are explained by the oneOf's own error
    if (error.schemaPath.includes('/oneOf/')) continue;
    const segments = segmentsOf(error.instancePath);
    const where = pathText(segments) || 'the document';
    const data = valueAt(root, segments);
    switch (error.keyword) {
      case 'additionalProperties': {
        const field = String(error.params.additionalProperty);
        const allowed = Object.keys(allowedFields(error.parentSchema));
        problems.push({
          ...locate(segments, field),
          message: `unknown field "${field}" in ${where}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
        });
        break;
      }
      case 'required':
        problems.push({
          ...locate(segments),
          message: `${where} is missing the required field "${String(error.params.missingProperty)}"`,
        });
        break;
      case 'oneOf':
        problems.push({ ...locate(segments), message: oneOfMessage(error, where, data) });
        break;
      case 'pattern':
        problems.push({ ...locate(segments), message: patternMessage(String(error.schema), where, data) });
        break;
      case 'not':
        break;
      default:
        problems.push({ ...locate(segments), message: `${where} ${error.message ?? 'is invalid'}` });
    }
  }
  return problems;
}

const allowedFields = (schema: unknown): Record<string, unknown> =>
  ((schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}) as Record<string, unknown>;

function oneOfMessage(error: ErrorObject, where: string, data: unknown): string {
  const keys = data && typeof data === 'object' ? Object.keys(data) : [];
  const titles = Array.isArray(error.schema) ? error.schema.map((branch) => String(branch?.title ?? '')) : [];
  const schemaPath = error.schemaPath;
  if (titles.includes('action step')) {
    const kinds = keys.filter((key) => (STEP_KINDS as readonly string[]).includes(key));
    return kinds.length === 0
      ? `${where} needs exactly one kind: ${STEP_KINDS.join(', ')}`
      : `${where} has more than one kind (${kinds.join(', ')}): a step is exactly one of ${STEP_KINDS.join(', ')}`;
  }
  if (titles.includes('event trigger')) {
    return `${where} is exactly one of event (with an optional filter), schedule or manual`;
  }
  if (schemaPath.includes('/wait/oneOf')) {
    return `${where} takes either duration, or event with an optional filter and timeout`;
  }
  if (schemaPath.includes('/emails/oneOf')) return `${where} is one address or template, or a list of addresses`;
  return `${where} must match exactly one of its allowed forms`;
}

const PATTERNS = (WORKFLOW_JSON_SCHEMA as { $defs: Record<string, { pattern?: string }> }).$defs;

function patternMessage(pattern: string, where: string, data: unknown): string {
  const shown = JSON.stringify(data);
  if (pattern === PATTERNS.duration?.pattern) return `${where}: ${shown} is not a duration (500ms, 30s, 15m, 24h, 7d)`;
  if (pattern === PATTERNS.scope?.pattern) return `${where}: ${shown} is not a scope (e.g. orders:manage)`;
  if (pattern === PATTERNS.stepId?.pattern) {
    return `${where}: ${shown} is not a step id (a letter or _, then letters, digits and _; at most 63)`;
  }
  if (pattern === PATTERNS.eventType?.pattern) {
    return `${where}: ${shown} is not an event type (e.g. orders.order.created)`;
  }
  if (where === 'name') return `name: ${shown} is not a slug (lowercase letters, digits and -, at most 63)`;
  return `${where}: ${shown} does not have the expected form`;
}

interface Located {
  step: Step;
  segments: Segment[];
}

/** Every step of the document, nested ones included (then/else, branches, compensate), in document order. */
export function allSteps(steps: unknown, segments: Segment[] = ['steps']): Located[] {
  if (!Array.isArray(steps)) return [];
  const found: Located[] = [];
  steps.forEach((step, index) => {
    if (!step || typeof step !== 'object') return;
    const here = [...segments, index];
    found.push({ step: step as Step, segments: here });
    const record = step as Record<string, unknown>;
    const condition = record.condition as Record<string, unknown> | undefined;
    if (condition && typeof condition === 'object') {
      found.push(...allSteps(condition.then, [...here, 'condition', 'then']));
      found.push(...allSteps(condition.else, [...here, 'condition', 'else']));
    }
    const parallel = record.parallel as { branches?: unknown } | undefined;
    if (parallel && typeof parallel === 'object' && Array.isArray(parallel.branches)) {
      parallel.branches.forEach((branch, branchIndex) => {
        found.push(...allSteps(branch, [...here, 'parallel', 'branches', branchIndex]));
      });
    }
    found.push(...allSteps(record.compensate, [...here, 'compensate']));
  });
  return found;
}

const STEP_REFERENCE = /\bsteps\.([A-Za-z_][A-Za-z0-9_]*)/g;
const TEMPLATE = /\{\{([\s\S]+?)\}\}/g;

function semanticProblems(document: Partial<WorkflowDocument>, locate: Locate): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const steps = allSteps(document.steps);
  const ids = new Map<string, Located>();
  for (const located of steps) {
    const id = (located.step as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    const first = ids.get(id);
    if (first) {
      const firstAt = locate([...first.segments, 'id']);
      problems.push({
        ...locate([...located.segments, 'id']),
        message: `duplicate step id "${id}" (first used at line ${firstAt.line})`,
      });
    } else ids.set(id, located);
  }

  const expression = (source: unknown, segments: Segment[], label = 'expression') => {
    if (typeof source !== 'string' || source.trim() === '') return;
    const compiled = compileExpression(source);
    if (!compiled.ok) {
      const position = compiled.error.position === null ? '' : ` at character ${compiled.error.position}`;
      problems.push({
        ...locate(segments),
        message: `${pathText(segments)}: the ${label} does not compile${position}: ${compiled.error.message}`,
      });
      return;
    }
    for (const match of source.matchAll(STEP_REFERENCE)) {
      const id = match[1] ?? '';
      if (!ids.has(id)) {
        problems.push({ ...locate(segments), message: `${pathText(segments)}: no step has the id "${id}"` });
      }
    }
  };
  /** `{{ expr }}` templates anywhere inside a value */
  const templates = (value: unknown, segments: Segment[]) => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(TEMPLATE)) expression((match[1] ?? '').trim(), segments, 'template');
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) templates(item, [...segments, index]);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) templates(item, [...segments, key]);
    }
  };
  const scope = (value: unknown, segments: Segment[]) => {
    if (typeof value === 'string' && !isPermissionScope(value)) {
      problems.push({ ...locate(segments), message: `${pathText(segments)}: "${value}" is not a platform scope` });
    }
  };

  const trigger = document.trigger as Record<string, unknown> | undefined;
  if (trigger && typeof trigger === 'object') {
    expression(trigger.filter, ['trigger', 'filter'], 'filter');
    const schedule = trigger.schedule as { cron?: unknown; timezone?: unknown } | undefined;
    if (schedule && typeof schedule === 'object') {
      problems.push(...scheduleProblems(schedule, locate));
    }
  }
  if (Array.isArray(document.scopes)) {
    document.scopes.forEach((item, index) => {
      scope(item, ['scopes', index]);
    });
  }

  for (const { step, segments } of steps) {
    const record = step as unknown as Record<string, Record<string, unknown> | undefined>;
    expression(record.when, [...segments, 'when'], 'when expression');
    if (record.condition && typeof record.condition === 'object') {
      expression(record.condition.if, [...segments, 'condition', 'if'], 'condition');
    }
    const approval = record.approval;
    if (approval && typeof approval === 'object') {
      scope(approval.scope, [...segments, 'approval', 'scope']);
      const escalate = approval.escalate as Record<string, unknown> | undefined;
      if (escalate && typeof escalate === 'object')
        scope(escalate.scope, [...segments, 'approval', 'escalate', 'scope']);
      templates(approval.title, [...segments, 'approval', 'title']);
      templates(approval.description, [...segments, 'approval', 'description']);
    }
    if (record.action && typeof record.action === 'object') {
      const mutation = mutationProblem(record.action.mutation);
      if (mutation) {
        problems.push({
          ...locate([...segments, 'action', 'mutation']),
          message: `${pathText([...segments, 'action', 'mutation'])}: ${mutation}`,
        });
      }
      templates(record.action.variables, [...segments, 'action', 'variables']);
    }
    const notify = record.notify;
    if (notify && typeof notify === 'object') {
      const to = notify.to as Record<string, unknown> | undefined;
      if (to && typeof to === 'object') {
        scope(to.scope, [...segments, 'notify', 'to', 'scope']);
        templates(to.emails, [...segments, 'notify', 'to', 'emails']);
      }
      templates(notify.data, [...segments, 'notify', 'data']);
    }
    if (record.webhook && typeof record.webhook === 'object') {
      templates(record.webhook.url, [...segments, 'webhook', 'url']);
      templates(record.webhook.body, [...segments, 'webhook', 'body']);
    }
    if (record.wait && typeof record.wait === 'object') {
      expression(record.wait.filter, [...segments, 'wait', 'filter'], 'filter');
    }
    if (record.set && typeof record.set === 'object') templates(record.set, [...segments, 'set']);
  }
  return problems;
}

function scheduleProblems(schedule: { cron?: unknown; timezone?: unknown }, locate: Locate): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  let timezone: string | undefined;
  if (typeof schedule.timezone === 'string') {
    timezone = rules.canonicalTimeZone(schedule.timezone);
    if (!timezone) {
      problems.push({
        ...locate(['trigger', 'schedule', 'timezone']),
        message: `trigger.schedule.timezone: "${schedule.timezone}" is not an IANA time zone (e.g. Europe/Paris)`,
      });
    }
  }
  if (typeof schedule.cron === 'string') {
    const fields = schedule.cron.trim().split(/\s+/);
    let reason: string | null = null;
    if (fields.length !== 5) reason = `it has ${fields.length} fields, a cron has five`;
    else {
      try {
        CronExpressionParser.parse(schedule.cron, timezone ? { tz: timezone } : {});
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    if (reason) {
      problems.push({
        ...locate(['trigger', 'schedule', 'cron']),
        message: `trigger.schedule.cron: "${schedule.cron}" is not a five-field cron (minute hour day month weekday): ${reason}`,
      });
    }
  }
  return problems;
}

/** An action is exactly one GraphQL mutation operation; null when it is. */
function mutationProblem(source: unknown): string | null {
  if (typeof source !== 'string') return null;
  let document: ReturnType<typeof parseGraphql>;
  try {
    document = parseGraphql(source);
  } catch (error) {
    return `the mutation does not parse: ${(error as Error).message}`;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operations.length === 1 && operations[0]?.operation === 'mutation'
    ? null
    : 'must be exactly one GraphQL mutation (mutation ($input: …) { field(input: $input) { … } })';
}

function dedupe(problems: DefinitionProblem[]): DefinitionProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A one-line summary of the trigger: `event orders.order.created`, `schedule 0 8 * * *`, `manual`. */
export function triggerSummary(document: WorkflowDocument): {
  kind: 'event' | 'schedule' | 'manual';
  event: string | null;
  text: string;
} {
  const trigger = document.trigger;
  if ('event' in trigger) {
    return {
      kind: 'event',
      event: trigger.event,
      text: trigger.filter ? `${trigger.event} where ${trigger.filter}` : trigger.event,
    };
  }
  if ('schedule' in trigger) {
    return {
      kind: 'schedule',
      event: null,
      text: `schedule ${trigger.schedule.cron}${trigger.schedule.timezone ? ` (${trigger.schedule.timezone})` : ''}`,
    };
  }
  return { kind: 'manual', event: null, text: 'manual' };
}
