import { type Step, stepKind } from '../definitions/model.ts';

/**
 * Every step of a document by its path: top-level steps by id, a condition's branches under
 * `<id>.then.` / `<id>.else.`, a parallel step's branches under `<id>.<index>.`, and a step's
 * compensation under `<id>.compensate.`. Paths are what `run_steps` rows are keyed by.
 */
export function indexSteps(steps: readonly Step[], prefix = '', index = new Map<string, Step>()): Map<string, Step> {
  for (const step of steps) {
    const path = `${prefix}${step.id}`;
    index.set(path, step);
    if (step.compensate?.length) indexSteps(step.compensate, `${path}.compensate.`, index);
    const kind = stepKind(step);
    if (kind === 'condition' && 'condition' in step) {
      indexSteps(step.condition.then, `${path}.then.`, index);
      if (step.condition.else) indexSteps(step.condition.else, `${path}.else.`, index);
    }
    if (kind === 'parallel' && 'parallel' in step) {
      step.parallel.branches.forEach((branch, at) => {
        indexSteps(branch, `${path}.${at}.`, index);
      });
    }
  }
  return index;
}

export const isCompensationPath = (path: string) => path.includes('.compensate.');

/** The step id a path ends with (what expressions call `steps.<id>`). */
export const stepIdOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** What an external call carries: the same for every attempt of the step in this run. */
export const idempotencyKeyOf = (runId: string, path: string) => `${runId}:${path}`;

/** Retry backoff: `backoff` before the second attempt, doubling after each further failure. */
export function backoffMs(baseMs: number, failedAttempt: number): number {
  return baseMs * 2 ** Math.max(0, failedAttempt - 1);
}
