import { ExpressionFailure, type ExpressionScope, evaluateBoolean, resolveTemplates } from './expressions.ts';
import { type Step, type StepKind, stepKind, type WorkflowDocument } from './model.ts';

/**
 * What a run of a document would do with a sample event, with no side effect: the trigger's filter,
 * each step's `when`, `condition.if` and `set` are evaluated; the side-effect steps (action, notify,
 * webhook, approval, wait) are only described, with their inputs resolved against the event. An
 * approval is assumed approved and an action's output is unknown (null), so later steps read those.
 */

export type DryRunOutcome = 'would_run' | 'skipped' | 'branch' | 'error';

export interface DryRunStep {
  id: string;
  kind: StepKind;
  /** `steps[2].condition.then[0]` */
  path: string;
  outcome: DryRunOutcome;
  /** the branch a condition takes: `then` or `else` */
  branch: 'then' | 'else' | null;
  /** the step's input with its templates resolved */
  input: unknown;
  /** why it is skipped, what is assumed, or the expression's error */
  detail: string | null;
}

export interface DryRunResult {
  matched: boolean;
  /** why it did not match (the trigger's event type, its filter) */
  reason: string | null;
  steps: DryRunStep[];
}

/** A pasted event: an envelope (`{ type, payload, … }`), or a bare payload wrapped into one. */
export function eventEnvelope(document: WorkflowDocument, sample: unknown): Record<string, unknown> {
  const trigger = document.trigger;
  const type = 'event' in trigger ? trigger.event : null;
  if (sample && typeof sample === 'object' && !Array.isArray(sample) && 'payload' in sample) {
    return { type, ...(sample as Record<string, unknown>) };
  }
  return { type, payload: sample };
}

export async function dryRun(
  document: WorkflowDocument,
  sample: unknown,
  context: { tenantId: string; now?: Date },
): Promise<DryRunResult> {
  const event = eventEnvelope(document, sample);
  const trigger = document.trigger;
  const scope: ExpressionScope & { vars: Record<string, unknown>; steps: Record<string, { output: unknown }> } = {
    event,
    input: 'manual' in trigger ? sample : {},
    vars: { ...(document.variables ?? {}) },
    steps: {},
    run: { id: 'dry-run', startedAt: (context.now ?? new Date()).toISOString() },
    tenant: { id: context.tenantId },
  };
  if ('event' in trigger) {
    if (typeof event.type === 'string' && event.type !== trigger.event) {
      return { matched: false, reason: `the trigger is ${trigger.event}, the event is ${event.type}`, steps: [] };
    }
    if (trigger.filter) {
      try {
        if (!(await evaluateBoolean(trigger.filter, { event }))) {
          return { matched: false, reason: `the filter is false: ${trigger.filter}`, steps: [] };
        }
      } catch (error) {
        return { matched: false, reason: message(error), steps: [] };
      }
    }
  }
  const steps: DryRunStep[] = [];
  await walk(document.steps, 'steps', scope, steps);
  return { matched: true, reason: null, steps };
}

async function walk(
  list: Step[],
  path: string,
  scope: ExpressionScope & { vars: Record<string, unknown>; steps: Record<string, { output: unknown }> },
  out: DryRunStep[],
): Promise<void> {
  for (const [index, step] of list.entries()) {
    const here = `${path}[${index}]`;
    const kind = stepKind(step);
    const entry: DryRunStep = {
      id: step.id,
      kind,
      path: here,
      outcome: 'would_run',
      branch: null,
      input: null,
      detail: null,
    };
    out.push(entry);
    try {
      if (step.when && !(await evaluateBoolean(step.when, scope))) {
        entry.outcome = 'skipped';
        entry.detail = `when is false: ${step.when}`;
        continue;
      }
      if ('condition' in step) {
        const taken = await evaluateBoolean(step.condition.if, scope);
        entry.outcome = 'branch';
        entry.branch = taken ? 'then' : 'else';
        entry.input = { if: step.condition.if, value: taken };
        scope.steps[step.id] = { output: { branch: entry.branch } };
        const branch = taken ? step.condition.then : step.condition.else;
        if (branch) await walk(branch, `${here}.condition.${entry.branch}`, scope, out);
        continue;
      }
      if ('parallel' in step) {
        entry.detail = `${step.parallel.branches.length} branches run side by side`;
        for (const [branchIndex, branch] of step.parallel.branches.entries()) {
          await walk(branch, `${here}.parallel.branches[${branchIndex}]`, scope, out);
        }
        continue;
      }
      if ('set' in step) {
        const values = (await resolveTemplates(step.set, scope)) as Record<string, unknown>;
        entry.input = values;
        Object.assign(scope.vars, values);
        scope.steps[step.id] = { output: values };
        continue;
      }
      if ('approval' in step) {
        entry.input = {
          ...step.approval,
          ...((await resolveTemplates(pick(step.approval, 'title', 'description'), scope)) as object),
        };
        entry.detail = `waits for ${step.approval.quorum ?? 1} approval(s) by ${step.approval.scope}; assumed approved below`;
        scope.steps[step.id] = { output: { decision: 'approved' } };
        continue;
      }
      if ('action' in step) {
        entry.input = {
          mutation: step.action.mutation,
          variables: await resolveTemplates(step.action.variables ?? {}, scope),
        };
        entry.detail = 'not sent (dry run); its output is unknown here';
        scope.steps[step.id] = { output: null };
        continue;
      }
      if ('notify' in step) {
        entry.input = await resolveTemplates(step.notify, scope);
        entry.detail = 'not sent (dry run)';
        scope.steps[step.id] = { output: null };
        continue;
      }
      if ('webhook' in step) {
        entry.input = await resolveTemplates(step.webhook, scope);
        entry.detail = 'not called (dry run)';
        scope.steps[step.id] = { output: null };
        continue;
      }
      if ('wait' in step) {
        entry.input = step.wait;
        entry.detail = 'duration' in step.wait ? `waits ${step.wait.duration}` : `waits for ${step.wait.event}`;
        scope.steps[step.id] = { output: null };
      }
    } catch (error) {
      entry.outcome = 'error';
      entry.detail = message(error);
    }
  }
}

const pick = (value: Record<string, unknown> | object, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));

const message = (error: unknown) =>
  error instanceof ExpressionFailure ? error.message : error instanceof Error ? error.message : String(error);
