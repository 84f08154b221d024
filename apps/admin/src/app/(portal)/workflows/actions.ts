'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formResult } from '../../../lib/form-result.ts';
import { GatewayError, mutate } from '../../../lib/gateway.ts';
import { CreateFromTemplate, Disable, DryRun, Enable, Save, Validate } from './documents.ts';

export interface Problem {
  message: string;
  line: number;
  column: number;
}

/** A tenant's own copy of a built-in template, then its page. */
export async function createFromTemplate(_: FormState, form: FormData): Promise<FormState> {
  const template = text(form, 'template');
  const parameters = [...form.entries()]
    .filter(([key, value]) => key.startsWith('param.') && String(value).trim() !== '')
    .map(([key, value]) => ({ key: key.slice('param.'.length), value: String(value).trim() }));
  const name = optional(form, 'name');
  if (name) parameters.push({ key: 'name', value: name });
  let id: string | null = null;
  try {
    const { workflowCreateFromTemplate } = await mutate(
      CreateFromTemplate,
      { input: { template, parameters } },
      '/workflows',
    );
    if (workflowCreateFromTemplate.errors.length) return { errors: fieldErrors(workflowCreateFromTemplate.errors) };
    id = workflowCreateFromTemplate.workflow?.id ?? null;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/workflows');
  redirect(`/workflows/${id}`);
}

/** The editor's linter: every problem of the document with its line and column (nothing saved). */
export async function validateSource(source: string): Promise<Problem[]> {
  const { workflowValidate } = await mutate(Validate, { input: { source } }, '/workflows');
  return workflowValidate.problems;
}

export interface SaveOutcome {
  version: number | null;
  problems: Problem[];
  messages: string[];
}

export async function saveWorkflow(id: string, source: string): Promise<SaveOutcome> {
  const { workflowUpdate } = await mutate(Save, { input: { id, source } }, `/workflows/${id}`);
  if (workflowUpdate.errors.length === 0) revalidatePath(`/workflows/${id}`);
  return {
    version: workflowUpdate.version?.number ?? null,
    problems: workflowUpdate.problems,
    messages: workflowUpdate.errors.map((error) => error.message),
  };
}

export async function setWorkflowEnabled(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const enable = text(form, 'enabled') === 'true';
  return formResult(
    async () =>
      enable
        ? (await mutate(Enable, { input: { id } }, `/workflows/${id}`)).workflowEnable.errors
        : (await mutate(Disable, { input: { id } }, `/workflows/${id}`)).workflowDisable.errors,
    enable ? 'Enabled: it runs on its trigger.' : 'Disabled: no new runs start.',
    { revalidate: ['/workflows', `/workflows/${id}`] },
  );
}

export async function dryRunWorkflow(input: { id?: string; source?: string; event: string }) {
  const { workflowDryRun } = await mutate(DryRun, { input }, '/workflows');
  return workflowDryRun;
}
