import { defineEvents, event } from '@ucos/kit';

/**
 * What workflows publishes (subjects `ucos.<type>`): each type once, with its aggregate and payload.
 * `tx.emit` accepts only these. Ids are local uuids. The notifications domain renders
 * `notification.requested` and `task.created` into mail.
 */

export interface NotificationRequestedPayload {
  runId: string;
  stepId: string;
  /** a notifications template key, e.g. `workflow.message` */
  template: string;
  to: { emails?: string[]; scope?: string };
  data: Record<string, unknown>;
}

export interface TaskCreatedPayload {
  taskId: string;
  runId: string;
  workflowName: string;
  title: string;
  /** members holding this scope may decide the task */
  scope: string;
  dueAt: string | null;
}

/** A run started by the API (the worker advances it at once) */
export interface RunStartedPayload {
  runId: string;
  definitionId: string;
  version: number;
}

/** An approval task was decided by members (the worker continues its run) */
export interface TaskDecidedPayload {
  taskId: string;
  runId: string;
  status: 'approved' | 'rejected';
}

export interface DefinitionChangedPayload {
  definitionId: string;
  name: string;
  version: number;
  enabled: boolean;
}

export const WORKFLOWS_EVENTS = defineEvents('workflows', {
  'workflows.definition.changed': event<DefinitionChangedPayload>('Workflow'),
  'workflows.notification.requested': event<NotificationRequestedPayload>('WorkflowRun'),
  'workflows.task.created': event<TaskCreatedPayload>('WorkflowTask'),
  'workflows.task.decided': event<TaskDecidedPayload>('WorkflowTask'),
  'workflows.run.started': event<RunStartedPayload>('WorkflowRun'),
});

export type WorkflowsEvents = typeof WORKFLOWS_EVENTS;
