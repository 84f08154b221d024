import type { StepKind } from '../definitions/model.ts';
import type {
  Run as RunModel,
  RunStep as RunStepModel,
  TaskDecision as TaskDecisionModel,
  Task as TaskModel,
} from '../generated/prisma/client.ts';

/**
 * Rows as the stores return them, derived from the Prisma models of prisma/schema.prisma (checked
 * against the migrated database in test/schema-and-models.test.ts). The engine's statements select
 * whole rows (`returning *`), so a row keeps the table's column names: `SnakeRow` turns a model's
 * field names back into them, and a column change in a migration and the model reaches every row
 * type. Overridden is what the code narrows: states as unions, JSON columns as their shape, a
 * `bigint` as the text `pg` reads it as.
 */
type Snake<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Snake<Tail>}`
  : Name;

type SnakeRow<Model, Overrides = Record<never, never>> = {
  [Field in keyof Model & string as Snake<Field> extends keyof Overrides ? never : Snake<Field>]: Model[Field];
} & Overrides;

export type RunStatus = 'running' | 'waiting' | 'completed' | 'failed' | 'compensating' | 'compensated' | 'cancelled';
export type StepStatus = 'pending' | 'running' | 'waiting' | 'completed' | 'failed' | 'skipped' | 'compensated';
export type TaskStatus = 'open' | 'approved' | 'rejected' | 'expired';

export type RunTrigger =
  | { kind: 'event'; eventId: string; eventType: string }
  | { kind: 'schedule'; scheduledAt: string }
  | { kind: 'manual' };

export type RunRow = SnakeRow<
  RunModel,
  {
    status: RunStatus;
    trigger: RunTrigger;
    event: unknown;
    input: unknown;
    vars: Record<string, unknown>;
  }
>;

export type StepRow = SnakeRow<
  RunStepModel,
  {
    kind: StepKind;
    status: StepStatus;
    input: unknown;
    output: unknown;
    /** the completion sequence (a `bigint`, read as text) */
    completed_seq: string | null;
  }
>;

export type TaskRow = SnakeRow<TaskModel, { status: TaskStatus }>;

export type DecisionRow = Omit<SnakeRow<TaskDecisionModel, { decision: 'approve' | 'reject' }>, 'tenant_id'>;

/** A run as the API shows it: with its workflow's name. */
export type RunNode = RunRow & { workflow_name: string; keysetAt?: string };
/** A task as the API shows it: with its run's workflow's name. */
export type TaskNode = TaskRow & { workflow_name: string; keysetAt?: string };
