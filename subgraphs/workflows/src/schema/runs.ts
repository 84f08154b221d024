// Runs, their step timeline and approval tasks (the engine's API).
import type { InputObjectRef } from '@pothos/core';
import {
  type AuthContext,
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  maxLength,
  ok,
  optionalLocalUuid,
  pageOf,
  type Result,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import type { WorkflowsContext } from '../context.ts';
import {
  RUN_STATUSES,
  type RunNode,
  runNodeById,
  runsPage,
  STEP_STATUSES,
  type StepRow,
  stepsOf,
} from '../data/runs.ts';
import { cancelRun, RUN_CANCEL_CODES, startManualRun, WORKFLOW_START_CODES } from '../data/runs-api.ts';
import {
  type DecisionRow,
  decisionsOf,
  type InboxViewer,
  inboxPage,
  openTaskCount,
  TASK_STATUSES,
  type TaskNode,
  tasksOfRun,
} from '../data/tasks.ts';
import { decideTask, TASK_DECIDE_CODES } from '../data/tasks-decide.ts';
import type { TenantDb } from '../db.ts';
import { STEP_KINDS } from '../definitions/model.ts';
import { stepIdOf } from '../engine/paths.ts';
import { dbOf, manage } from './access.ts';

/** tasks are decided by members (staff), never by shoppers or API keys */
const member = { kind: 'user' } as const;

/** The viewer of the inbox: their scopes (null when they hold every scope, `*`) and subject. */
const viewerOf = (auth: AuthContext): InboxViewer => ({
  scopes: auth.scopes.includes('*') ? null : [...auth.scopes],
  subject: auth.subject ?? '',
});

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const enumOf = <T extends string>(name: string, values: readonly T[], description: string) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value.toUpperCase(), { value }])) as Record<
      Uppercase<T>,
      { value: T }
    >,
  });

const RunStatusEnum = enumOf('WorkflowRunStatus', RUN_STATUSES, 'Where a run is');
const StepStatusEnum = enumOf('WorkflowStepStatus', STEP_STATUSES, 'Where one step of a run is');
const StepKindEnum = enumOf('WorkflowStepKind', STEP_KINDS, 'What a step does');
const TaskStatusEnum = enumOf('WorkflowTaskStatus', TASK_STATUSES, 'An approval task: open, or how it was decided');

const DecisionRef = builder.objectRef<DecisionRow>('WorkflowTaskDecision').implement({
  description: 'One member’s decision on an approval task',
  fields: (t) => ({
    by: t.string({ description: 'The member (subject) who decided', resolve: (row) => row.member }),
    decision: t.string({ description: 'approve or reject', resolve: (row) => row.decision }),
    comment: t.exposeString('comment', { nullable: true }),
    at: t.field({ type: 'DateTime', resolve: (row) => row.decided_at }),
  }),
});

const TaskRef = builder.objectRef<TaskNode>('WorkflowTask').implement({
  description: 'A human approval a run waits for',
  fields: (t) => ({
    id: t.id({ resolve: (task) => encodeGlobalId('WorkflowTask', task.id) }),
    runId: t.id({ resolve: (task) => encodeGlobalId('WorkflowRun', task.run_id) }),
    workflowName: t.exposeString('workflow_name'),
    stepId: t.string({ resolve: (task) => stepIdOf(task.step_path) }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    scope: t.exposeString('scope', { description: 'Members holding this scope decide' }),
    escalationScope: t.string({
      nullable: true,
      description: 'Also decided by holders of this scope once escalated',
      resolve: (task) => (task.escalated_at ? task.escalation_scope : null),
    }),
    quorum: t.exposeInt('quorum', { description: 'Approvals needed; one rejection rejects' }),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status }),
    requester: t.exposeString('requester', { nullable: true, description: 'Who started the run (cannot decide)' }),
    dueAt: t.field({ type: 'DateTime', nullable: true, resolve: (task) => task.due_at }),
    createdAt: t.field({ type: 'DateTime', resolve: (task) => task.created_at }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (task) => task.decided_at }),
    decisions: t.field({
      type: [DecisionRef],
      resolve: (task, _args, context) => dbOf(context).run((sql) => decisionsOf(sql, [task.id])),
    }),
  }),
});

interface TimelineEntry {
  step: StepRow;
  task: TaskNode | null;
}

const StepRef = builder.objectRef<TimelineEntry>('WorkflowRunStep').implement({
  description: 'One step execution of a run (its input and output as JSON text)',
  fields: (t) => ({
    path: t.string({
      description: 'Where the step is in the document, e.g. check.then.notify',
      resolve: (e) => e.step.path,
    }),
    stepId: t.string({ resolve: (entry) => stepIdOf(entry.step.path) }),
    kind: t.field({ type: StepKindEnum, resolve: (entry) => entry.step.kind }),
    status: t.field({ type: StepStatusEnum, resolve: (entry) => entry.step.status }),
    attempt: t.int({ resolve: (entry) => entry.step.attempt }),
    input: t.string({ nullable: true, resolve: (entry) => json(entry.step.input) }),
    output: t.string({ nullable: true, resolve: (entry) => json(entry.step.output) }),
    error: t.string({ nullable: true, resolve: (entry) => entry.step.error }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (entry) => entry.step.started_at }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (entry) => entry.step.finished_at }),
    wakeAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a waiting step is looked at again (a timer, a retry, a due date)',
      resolve: (entry) => entry.step.wake_at,
    }),
    task: t.field({
      type: TaskRef,
      nullable: true,
      description: 'For an approval: its task, with who decided and their comments',
      resolve: (entry) => entry.task,
    }),
  }),
});

const TriggerRef = builder
  .objectRef<{ trigger: RunNode['trigger']; requester: string | null }>('WorkflowRunTrigger')
  .implement({
    fields: (t) => ({
      kind: t.string({ description: 'event, schedule or manual', resolve: ({ trigger }) => trigger.kind }),
      eventId: t.string({ nullable: true, resolve: ({ trigger }) => ('eventId' in trigger ? trigger.eventId : null) }),
      eventType: t.string({
        nullable: true,
        resolve: ({ trigger }) => ('eventType' in trigger ? trigger.eventType : null),
      }),
      scheduledAt: t.string({
        nullable: true,
        resolve: ({ trigger }) => ('scheduledAt' in trigger ? trigger.scheduledAt : null),
      }),
      requester: t.string({ nullable: true, description: 'Who started it', resolve: (row) => row.requester }),
    }),
  });

const RunRef = builder.objectRef<RunNode>('WorkflowRun').implement({
  description: 'One execution of a workflow, pinned to the version it started with',
  fields: (t) => ({
    id: t.id({ resolve: (run) => encodeGlobalId('WorkflowRun', run.id) }),
    workflowId: t.id({ resolve: (run) => encodeGlobalId('Workflow', run.definition_id) }),
    workflowName: t.exposeString('workflow_name'),
    workflowVersion: t.int({ resolve: (run) => run.definition_version }),
    status: t.field({ type: RunStatusEnum, resolve: (run) => run.status }),
    trigger: t.field({ type: TriggerRef, resolve: (run) => ({ trigger: run.trigger, requester: run.requester }) }),
    input: t.string({ nullable: true, description: 'Manual input (JSON text)', resolve: (run) => json(run.input) }),
    event: t.string({
      nullable: true,
      description: 'The triggering event (JSON text)',
      resolve: (run) => json(run.event),
    }),
    variables: t.string({ description: 'The run’s variables (JSON text)', resolve: (run) => JSON.stringify(run.vars) }),
    error: t.exposeString('error', { nullable: true }),
    startedAt: t.field({ type: 'DateTime', resolve: (run) => run.started_at }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (run) => run.finished_at }),
    timeline: t.field({
      type: [StepRef],
      description: 'Its steps in the order they started',
      resolve: (run, _args, context) =>
        dbOf(context).run(async (sql) => {
          const steps = await stepsOf(sql, run.id);
          const tasks = await tasksOfRun(sql, run.id, run.workflow_name);
          const byPath = new Map(tasks.map((task) => [task.step_path, task]));
          return steps.map((step) => ({ step, task: byPath.get(step.path) ?? null }));
        }),
    }),
  }),
});

const RunFilter = builder.inputType('WorkflowRunFilter', {
  fields: (t) => ({
    workflowId: t.id({ description: 'One workflow’s runs' }),
    status: t.field({ type: RunStatusEnum }),
  }),
});
const TaskFilter = builder.inputType('WorkflowTaskFilter', {
  fields: (t) => ({ status: t.field({ type: TaskStatusEnum, description: 'Default OPEN' }) }),
});

const RunConnection = connectionType(builder, 'WorkflowRun', RunRef);
const TaskConnection = connectionType(builder, 'WorkflowTask', TaskRef);

builder.queryField('workflowRuns', (t) =>
  t.connection(
    {
      type: RunRef,
      description: 'Runs, newest first',
      authScopes: manage,
      args: { filter: t.arg({ type: RunFilter }) },
      resolve: (_root, args, context) => {
        const page = pageOf(args, CURSOR_KEYS.instant);
        const workflowId = optionalLocalUuid(args.filter?.workflowId, 'Workflow', ['filter', 'workflowId']);
        return dbOf(context).run((sql) => runsPage(sql, { workflowId, status: args.filter?.status ?? null }, page));
      },
    },
    RunConnection,
  ),
);

const runById = (db: TenantDb, id: string) => db.run((sql) => runNodeById(sql, id));

byIdQuery(builder, 'workflowRun', {
  type: RunRef,
  typeName: 'WorkflowRun',
  authScopes: manage,
  load: (context, id) => runById(dbOf(context), id),
});

builder.queryField('tasks', (t) =>
  t.connection(
    {
      type: TaskRef,
      description:
        'The viewer’s approval inbox: tasks whose scope they hold (not of runs they requested), newest first',
      authScopes: member,
      args: { filter: t.arg({ type: TaskFilter }) },
      resolve: (_root, args, context) => {
        const page = pageOf(args, CURSOR_KEYS.instant);
        return dbOf(context).run((sql) => inboxPage(sql, viewerOf(context.auth), args.filter?.status ?? 'open', page));
      },
    },
    TaskConnection,
  ),
);

builder.queryField('taskCount', (t) =>
  t.int({
    description: 'Open tasks the viewer may decide (the navigation badge): in scope, not of runs they requested',
    authScopes: member,
    resolve: async (_root, _args, context) => {
      return dbOf(context).run((sql) => openTaskCount(sql, viewerOf(context.auth)));
    },
  }),
);

const TaskDecideInput = builder.inputType('TaskDecideInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    comment: t.string({ ...maxLength(2_000, 'Why (shown on the run’s timeline)') }),
  }),
});

for (const [name, decision, description] of [
  ['taskApprove', 'approve', 'Approves an open task (the quorum-th approval approves it)'],
  ['taskReject', 'reject', 'Rejects an open task (one rejection rejects it)'],
] as const) {
  inputMutation(builder, name, {
    input: TaskDecideInput,
    payload: { codes: TASK_DECIDE_CODES, field: 'task', type: TaskRef },
    authScopes: member,
    description,
    run: (context, input) =>
      decideTask(
        dbOf(context),
        localUuid(input.taskId, 'WorkflowTask', ['input', 'taskId']),
        { subject: context.auth.subject ?? '', scopes: context.auth.scopes },
        decision,
        input.comment?.trim() || null,
      ),
    fields: (task) => ({ task: { ...task, workflow_name: '' } }),
  });
}

/** The mutations that start or stop a run: they answer with the run as it is now. */
function runMutation<Input, Code extends string>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly Code[];
    description: string;
    act(db: TenantDb, input: Input, context: WorkflowsContext): Promise<Result<{ id: string }, Code>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'run', type: RunRef },
    authScopes: manage,
    description: spec.description,
    run: async (context, input) => {
      const db = dbOf(context);
      const acted = await spec.act(db, input, context);
      return acted.ok ? ok(await runById(db, acted.value.id)) : acted;
    },
    fields: (run) => ({ run }),
  });
}

const RunCancelInput = builder.inputType('WorkflowRunCancelInput', {
  fields: (t) => ({ runId: t.id({ required: true }) }),
});

runMutation('workflowRunCancel', {
  input: RunCancelInput,
  codes: RUN_CANCEL_CODES,
  description: 'Stops a run: no further step starts and its open tasks expire',
  act: (db, input) => cancelRun(db, localUuid(input.runId, 'WorkflowRun', ['input', 'runId'])),
});

const StartInput = builder.inputType('WorkflowStartInput', {
  fields: (t) => ({
    workflowId: t.id({ required: true }),
    input: t.string({ ...maxLength(100_000, 'The run’s input, a JSON object as text') }),
  }),
});

runMutation('workflowStart', {
  input: StartInput,
  codes: WORKFLOW_START_CODES,
  description: 'Starts a run of an enabled manual workflow; the viewer is its requester',
  act: (db, input, context) =>
    startManualRun(
      db,
      localUuid(input.workflowId, 'Workflow', ['input', 'workflowId']),
      input.input ?? null,
      context.auth.subject,
    ),
});
