'use server';
import type { FormState } from '@ucos/ui/form';
import { text } from '@ucos/ui/form';
import { formResult } from '../../../lib/form-result.ts';
import { mutate } from '../../../lib/gateway.ts';
import { TaskApprove, TaskReject } from './documents.ts';

const INBOX = '/tasks';

/** Fields: taskId, decision (approve or reject), comment. */
export async function decideTaskAction(_: FormState, form: FormData): Promise<FormState> {
  const input = { taskId: text(form, 'taskId'), comment: text(form, 'comment') || null };
  if (text(form, 'decision') === 'reject') {
    return formResult(async () => (await mutate(TaskReject, { input }, INBOX)).taskReject.errors, 'Rejected.', {
      revalidate: [INBOX],
    });
  }
  return formResult(async () => (await mutate(TaskApprove, { input }, INBOX)).taskApprove.errors, 'Approved.', {
    revalidate: [INBOX],
  });
}
