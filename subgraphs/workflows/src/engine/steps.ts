import type { ApprovalTask } from '../data/run-engine.ts';
import type { RunRow } from '../data/runs.ts';
import { SECRET_REFERENCE } from '../data/secrets.ts';
import { type ExpressionScope, resolveTemplates } from '../definitions/expressions.ts';
import {
  type ActionStep,
  type ApprovalStep,
  durationMs,
  type NotifyStep,
  type SetStep,
  type Step,
  type StepKind,
  type WaitStep,
  type WebhookStep,
  type WorkflowDocument,
} from '../definitions/model.ts';
import type { NotificationRequestedPayload } from '../events/out/workflows-events.ts';
import type { ActionPort } from '../ports/actions.ts';
import type { WebhookPort } from '../ports/webhooks.ts';

/** What executing a step leads to, committed in one unit of work with the step's transition. */
export type Effect =
  | {
      type: 'complete';
      output: unknown;
      /** merged into the run's variables (`set`) */
      vars?: Record<string, unknown>;
      /** emitted with the completion (`notify`) */
      notification?: NotificationRequestedPayload;
    }
  | {
      type: 'wait';
      /** when the worker looks again: a duration's end, an event's timeout, an approval's escalation or due date */
      wakeAt: Date | null;
      /** `wait: event`: the event type the router matches */
      waitEvent?: string;
      /** `approval`: the task created with the transition */
      task?: ApprovalTask;
    };

export interface StepEnvironment {
  tenantId: string;
  run: RunRow;
  document: WorkflowDocument;
  path: string;
  idempotencyKey: string;
  actions: ActionPort;
  webhooks: WebhookPort;
  /** a stored secret of the run's tenant, or null */
  secret(name: string): Promise<string | null>;
}

/**
 * `secret: "{{ secrets.NAME }}"` is the tenant's stored secret (write-only in the API, never on the
 * timeline); a missing one fails the step for good. Anything else is the literal value, as before the
 * store existed.
 */
async function webhookSecret(source: string, environment: StepEnvironment): Promise<string> {
  const reference = SECRET_REFERENCE.exec(source.trim());
  if (!reference?.[1]) return source;
  const value = await environment.secret(reference[1]);
  if (value === null) throw new StepFailure(`webhook.secret: the tenant has no secret ${reference[1]}`);
  return value;
}

/** A failure of a step's own making; `permanent` ones are not retried (a bad duration, a wrong shape). */
export class StepFailure extends Error {
  override name = 'StepFailure';
  readonly permanent: boolean;
  constructor(message: string, permanent = true) {
    super(message);
    this.permanent = permanent;
  }
}

/** The step's body with its `{{ }}` templates resolved against the run: what the timeline shows as input. */
export async function resolveStepInput(kind: StepKind, step: Step, scope: ExpressionScope): Promise<unknown> {
  switch (kind) {
    case 'set':
      return resolveTemplates((step as SetStep).set, scope);
    case 'notify':
      return resolveTemplates((step as NotifyStep).notify, scope);
    case 'action': {
      const { mutation, variables } = (step as ActionStep).action;
      return { mutation, variables: (await resolveTemplates(variables ?? {}, scope)) as Record<string, unknown> };
    }
    case 'webhook': {
      const webhook = (step as WebhookStep).webhook;
      return {
        url: await resolveTemplates(webhook.url, scope),
        method: webhook.method ?? 'POST',
        body: await resolveTemplates(webhook.body ?? null, scope),
        timeout: webhook.timeout ?? '10s',
        // the secret itself never reaches the timeline
        signed: Boolean(webhook.secret),
      };
    }
    case 'approval': {
      const approval = (step as ApprovalStep).approval;
      return {
        ...approval,
        title: await resolveTemplates(approval.title, scope),
        description: approval.description ? await resolveTemplates(approval.description, scope) : null,
      };
    }
    case 'wait':
      return (step as WaitStep).wait;
    default:
      return null;
  }
}

const duration = (value: string | undefined, what: string): number | null => {
  if (value === undefined) return null;
  const ms = durationMs(value);
  if (ms === null) throw new StepFailure(`${what} "${value}" is not a duration`);
  return ms;
};

const later = (ms: number | null) => (ms === null ? null : new Date(Date.now() + ms));

export async function executeStep(
  kind: StepKind,
  step: Step,
  input: unknown,
  environment: StepEnvironment,
): Promise<Effect> {
  switch (kind) {
    case 'set': {
      const vars = (input ?? {}) as Record<string, unknown>;
      return { type: 'complete', output: vars, vars };
    }
    case 'notify': {
      const notify = input as NotifyStep['notify'];
      const emails = notify.to?.emails;
      const to: NotificationRequestedPayload['to'] = {};
      if (emails !== undefined && emails !== null) to.emails = (Array.isArray(emails) ? emails : [emails]).map(String);
      if (notify.to?.scope) to.scope = notify.to.scope;
      if (!to.emails?.length && !to.scope) throw new StepFailure('a notification needs emails or a scope');
      const notification: NotificationRequestedPayload = {
        runId: environment.run.id,
        stepId: environment.path,
        template: notify.template,
        to,
        data: (notify.data ?? {}) as Record<string, unknown>,
      };
      return { type: 'complete', output: { requested: true, to }, notification };
    }
    case 'wait': {
      const wait = (step as WaitStep).wait;
      if ('duration' in wait) return { type: 'wait', wakeAt: later(duration(wait.duration, 'wait.duration')) };
      return { type: 'wait', wakeAt: later(duration(wait.timeout, 'wait.timeout')), waitEvent: wait.event };
    }
    case 'approval': {
      const approval = input as ApprovalStep['approval'] & { description: string | null };
      const due = later(duration(approval.due, 'approval.due'));
      const escalate = approval.escalate ? later(duration(approval.escalate.after, 'approval.escalate.after')) : null;
      const task: ApprovalTask = {
        title: String(approval.title).slice(0, 500) || step.id,
        description: approval.description ? String(approval.description) : null,
        scope: approval.scope,
        quorum: approval.quorum ?? 1,
        dueAt: due,
        escalateAt: escalate,
        escalationScope: approval.escalate?.scope ?? null,
      };
      const wakes = [due, escalate].filter((at): at is Date => at !== null).sort((a, b) => a.getTime() - b.getTime());
      return { type: 'wait', wakeAt: wakes[0] ?? null, task };
    }
    case 'action': {
      const action = input as { mutation: string; variables: Record<string, unknown> };
      const data = await environment.actions.execute({
        tenantId: environment.tenantId,
        definitionId: environment.run.definition_id,
        scopes: environment.document.scopes ?? [],
        mutation: action.mutation,
        variables: action.variables,
        idempotencyKey: environment.idempotencyKey,
      });
      // one root field (the usual case): its payload is the output (`steps.hold.output.hold.id`)
      const fields = data && typeof data === 'object' ? Object.values(data as Record<string, unknown>) : [];
      return { type: 'complete', output: fields.length === 1 ? fields[0] : data };
    }
    case 'webhook': {
      const resolved = input as { url: unknown; method: 'POST' | 'PUT'; body: unknown; timeout: string };
      if (typeof resolved.url !== 'string' || !/^https?:\/\//.test(resolved.url)) {
        throw new StepFailure('webhook.url must be an http(s) URL');
      }
      const webhook = (step as WebhookStep).webhook;
      const secret = webhook.secret ? await webhookSecret(webhook.secret, environment) : null;
      const answer = await environment.webhooks.call({
        url: resolved.url,
        method: resolved.method,
        secret,
        body: resolved.body,
        idempotencyKey: environment.idempotencyKey,
        timeoutMs: duration(resolved.timeout, 'webhook.timeout') ?? 10_000,
      });
      return { type: 'complete', output: answer };
    }
    default:
      throw new StepFailure(`${kind} is not a leaf step`);
  }
}
