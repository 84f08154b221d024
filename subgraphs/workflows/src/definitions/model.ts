/**
 * The shape of a workflow document, as a tenant writes it in YAML. The JSON Schema in
 * `schema/workflow.schema.json` describes exactly this shape (it is what editors validate against);
 * these types are what the rest of the domain reads after validation.
 *
 * Expressions are JSONata (see `expressions.ts`). A string value that is entirely `{{ expr }}` is
 * replaced by the expression's value (any JSON type); a string with `{{ expr }}` inside is
 * interpolated as text. Expressions see the run's scope: `event`, `input`, `vars`, `steps.<id>.output`,
 * `run`, `tenant`.
 */

/** `500ms`, `30s`, `15m`, `24h`, `7d` */
export type Duration = string;

/** A JSONata expression that must yield a boolean where used as a condition or filter. */
export type Expression = string;

export interface WorkflowDocument {
  /** a slug, unique in the tenant: `high-value-order-hold` */
  name: string;
  description?: string;
  trigger: Trigger;
  /** what `action` steps may do: the scopes of the workflow's own service identity */
  scopes?: string[];
  /** initial run variables (`vars`) */
  variables?: Record<string, unknown>;
  steps: Step[];
}

export type Trigger = EventTrigger | ScheduleTrigger | ManualTrigger;

export interface EventTrigger {
  /** an event type, e.g. `orders.order.created` */
  event: string;
  /** evaluated against `{ event }`; the run starts only when it is true */
  filter?: Expression;
}

export interface ScheduleTrigger {
  /** five-field cron, evaluated in `timezone` (an IANA zone; default the tenant's, else UTC) */
  schedule: { cron: string; timezone?: string };
}

export interface ManualTrigger {
  /** started from the API or the admin's button, with input described here */
  manual: { input?: Record<string, InputField> };
}

export interface InputField {
  type: 'string' | 'number' | 'boolean' | 'object';
  required?: boolean;
  description?: string;
}

export interface RetryPolicy {
  /** total attempts, the first included */
  attempts: number;
  /** wait before the second attempt; doubles each time */
  backoff?: Duration;
}

interface StepCommon {
  /** unique in the document; how later steps refer to this one's output (`steps.<id>.output`) */
  id: string;
  name?: string;
  /** the step is skipped unless this is true */
  when?: Expression;
  retry?: RetryPolicy;
  /** run in reverse order of completion when a later step fails (a saga) */
  compensate?: Step[];
}

export interface ConditionStep extends StepCommon {
  condition: { if: Expression; then: Step[]; else?: Step[] };
}

export interface ApprovalStep extends StepCommon {
  approval: {
    title: string;
    description?: string;
    /** members holding this scope decide (the run's requester never approves their own) */
    scope: string;
    /** approvals needed; one rejection rejects. Default 1 */
    quorum?: number;
    due?: Duration;
    /** after this long undecided, the task also goes to `scope` */
    escalate?: { after: Duration; scope: string };
  };
}

export interface ActionStep extends StepCommon {
  /** a platform mutation through the gateway, as the workflow's service identity, with an idempotency key */
  action: { mutation: string; variables?: Record<string, unknown> };
}

export interface NotifyStep extends StepCommon {
  notify: { template: string; to: { emails?: string[] | string; scope?: string }; data?: Record<string, unknown> };
}

export interface WebhookStep extends StepCommon {
  /** a signed HTTP call (the `UCOS-Signature` header); `secret` names a secret stored for the tenant */
  webhook: { url: string; method?: 'POST' | 'PUT'; secret?: string; body?: unknown; timeout?: Duration };
}

export interface WaitStep extends StepCommon {
  wait: { duration: Duration } | { event: string; filter?: Expression; timeout?: Duration };
}

export interface SetStep extends StepCommon {
  /** variable name → expression (or literal) */
  set: Record<string, unknown>;
}

export interface ParallelStep extends StepCommon {
  /** every branch runs; the step completes when all have */
  parallel: { branches: Step[][] };
}

export type Step =
  | ConditionStep
  | ApprovalStep
  | ActionStep
  | NotifyStep
  | WebhookStep
  | WaitStep
  | SetStep
  | ParallelStep;

export type StepKind = 'condition' | 'approval' | 'action' | 'notify' | 'webhook' | 'wait' | 'set' | 'parallel';

export const STEP_KINDS: readonly StepKind[] = [
  'condition',
  'approval',
  'action',
  'notify',
  'webhook',
  'wait',
  'set',
  'parallel',
];

export function stepKind(step: Step): StepKind {
  const kind = STEP_KINDS.find((candidate) => candidate in step);
  if (!kind) throw new Error(`step ${step.id} has no kind`);
  return kind;
}

export const isEventTrigger = (trigger: Trigger): trigger is EventTrigger => 'event' in trigger;
export const isScheduleTrigger = (trigger: Trigger): trigger is ScheduleTrigger => 'schedule' in trigger;
export const isManualTrigger = (trigger: Trigger): trigger is ManualTrigger => 'manual' in trigger;

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export const DURATION_PATTERN = DURATION.source;

/** `15m` → 900000; null for anything else */
export function durationMs(duration: Duration): number | null {
  const match = DURATION.exec(duration);
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
