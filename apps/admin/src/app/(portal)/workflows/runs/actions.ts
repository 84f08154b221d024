'use server';
import type { FormState } from '@ucos/ui/form';
import { text } from '@ucos/ui/form';
import { formResult } from '../../../../lib/form-result.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { WorkflowRunCancel } from './documents.ts';

/** Fields: runId. */
export async function cancelRunAction(_: FormState, form: FormData): Promise<FormState> {
  const runId = text(form, 'runId');
  const here = `/workflows/runs/${encodeURIComponent(runId)}`;
  return formResult(
    async () => (await mutate(WorkflowRunCancel, { input: { runId } }, here)).workflowRunCancel.errors,
    'Run cancelled.',
    { revalidate: [here, '/workflows/runs'] },
  );
}
