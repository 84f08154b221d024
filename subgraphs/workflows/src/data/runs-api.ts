import { fail, ok, type PayloadError, payloadError, type Result } from '@ucos/kit';
import type { TenantDb } from '../db.ts';
import { isManualTrigger } from '../definitions/model.ts';
import { latestDefinition } from './definitions.ts';
import { insertRun, type RunRow } from './runs.ts';

export const WORKFLOW_START_CODES = ['NOT_FOUND', 'NOT_MANUAL', 'WORKFLOW_DISABLED', 'INVALID_INPUT'] as const;
export type WorkflowStartCode = (typeof WORKFLOW_START_CODES)[number];
export const RUN_CANCEL_CODES = ['NOT_FOUND', 'ALREADY_FINISHED'] as const;
export type RunCancelCode = (typeof RUN_CANCEL_CODES)[number];

const TYPE_CHECKS = {
  string: (value: unknown) => typeof value === 'string',
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value: unknown) => typeof value === 'boolean',
  object: (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value),
} as const;

/**
 * Starts a run of an enabled manual workflow with `input` (JSON text checked against the trigger's
 * input fields). The run row and `workflows.run.started` commit together; the worker advances it.
 */
export async function startManualRun(
  db: TenantDb,
  definitionId: string,
  inputText: string | null,
  requester: string | null,
): Promise<Result<RunRow, WorkflowStartCode>> {
  let input: unknown = {};
  if (inputText !== null && inputText.trim() !== '') {
    try {
      input = JSON.parse(inputText);
    } catch {
      return fail(payloadError('INVALID_INPUT', 'input is not JSON', ['input', 'input']));
    }
  }
  if (!TYPE_CHECKS.object(input)) {
    return fail(payloadError('INVALID_INPUT', 'input must be a JSON object', ['input', 'input']));
  }
  return db.tx(async (sql, tx) => {
    const definition = await latestDefinition(sql, definitionId);
    if (!definition) return fail(payloadError('NOT_FOUND', 'No such workflow', ['input', 'workflowId']));
    const trigger = definition.document.trigger;
    if (!isManualTrigger(trigger)) {
      return fail(
        payloadError('NOT_MANUAL', 'This workflow starts on an event or a schedule', ['input', 'workflowId']),
      );
    }
    if (!definition.enabled) {
      return fail(payloadError('WORKFLOW_DISABLED', 'Enable the workflow to start it', ['input', 'workflowId']));
    }
    const given = input as Record<string, unknown>;
    const problems = Object.entries(trigger.manual.input ?? {}).flatMap(([name, field]) => {
      const value = given[name];
      if (value === undefined || value === null) {
        return field.required ? [payloadError('INVALID_INPUT', `${name} is required`, ['input', 'input', name])] : [];
      }
      return TYPE_CHECKS[field.type](value)
        ? []
        : [payloadError('INVALID_INPUT', `${name} must be a ${field.type}`, ['input', 'input', name])];
    });
    if (problems.length > 0) return fail(...(problems as PayloadError<WorkflowStartCode>[]));
    const run = await insertRun(sql, tx.tenantId, {
      definitionId: definition.id,
      version: definition.version,
      trigger: { kind: 'manual' },
      requester,
      event: null,
      input,
      vars: definition.document.variables ?? {},
      dedupeKey: null,
    });
    if (!run) throw new Error('a run without a dedupe key was not inserted');
    await tx.emit('workflows.run.started', run.id, {
      runId: run.id,
      definitionId: definition.id,
      version: run.definition_version,
    });
    return ok(run);
  });
}

/** Cancels a run that has not finished: no further step starts; its open tasks expire. */
export async function cancelRun(db: TenantDb, runId: string): Promise<Result<RunRow, RunCancelCode>> {
  return db.tx(async (sql) => {
    // a row lock (for update): a worker's transition of the run waits for the cancel
    const { rows } = await sql.query<RunRow>('select * from workflows.runs where id = $1 for update', [runId]);
    const run = rows[0];
    if (!run) return fail(payloadError('NOT_FOUND', 'No such run', ['input', 'runId']));
    if (['completed', 'failed', 'compensated', 'cancelled'].includes(run.status)) {
      return fail(payloadError('ALREADY_FINISHED', `This run is ${run.status}`, ['input', 'runId']));
    }
    // stamped with the database's clock, as the engine's transitions are
    const updated = await sql.query<RunRow>(
      `update workflows.runs set status = 'cancelled', finished_at = now(), updated_at = now() where id = $1 returning *`,
      [runId],
    );
    // stamped with the database's clock, as every decision is
    await sql.query(
      `update workflows.tasks set status = 'expired', decided_at = now() where run_id = $1 and status = 'open'`,
      [runId],
    );
    return ok(updated.rows[0]!);
  });
}
