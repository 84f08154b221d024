'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { GatewayError, gql, mutate } from '../../../lib/gateway.ts';

const LIST = '/notifications';
const editorPath = (key: string, locale: string) =>
  `/notifications/${encodeURIComponent(key)}?locale=${encodeURIComponent(locale)}`;

const Preview = graphql(`
  query Notifications_Preview($key: String!, $locale: String, $draft: NotificationTemplateDraftInput, $sampleData: String) {
    notificationTemplatePreview(key: $key, locale: $locale, draft: $draft, sampleData: $sampleData) {
      subject
      html
      text
      problems {
        part
        line
        column
        message
      }
    }
  }
`);

export interface PreviewResult {
  subject: string;
  html: string;
  text: string;
  problems: { part: string; line: number | null; column: number | null; message: string }[];
}

/** Renders the editor's unsaved template with the template's sample data (or the JSON given). */
export async function previewTemplate(input: {
  key: string;
  locale: string;
  subject: string;
  mjml: string;
  text: string;
  sampleData: string;
}): Promise<PreviewResult> {
  try {
    const { notificationTemplatePreview } = await gql(
      Preview,
      {
        key: input.key,
        locale: input.locale,
        draft: { subject: input.subject, mjml: input.mjml, text: input.text },
        ...(input.sampleData.trim() ? { sampleData: input.sampleData } : {}),
      },
      editorPath(input.key, input.locale),
    );
    return notificationTemplatePreview;
  } catch (error) {
    if (error instanceof GatewayError)
      return {
        subject: '',
        html: '',
        text: '',
        problems: [{ part: 'SUBJECT', line: null, column: null, message: error.message }],
      };
    throw error;
  }
}

const Upsert = graphql(`
  mutation Notifications_TemplateUpsert($input: NotificationTemplateUpsertInput!) {
    notificationTemplateUpsert(input: $input) {
      template {
        key
        overridden
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function saveTemplate(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    key: text(form, 'key'),
    locale: text(form, 'locale'),
    subject: text(form, 'subject'),
    mjml: text(form, 'mjml'),
    text: text(form, 'text'),
  };
  try {
    const { notificationTemplateUpsert } = await mutate(Upsert, { input }, editorPath(input.key, input.locale));
    if (notificationTemplateUpsert.errors.length) return { errors: fieldErrors(notificationTemplateUpsert.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(LIST);
  revalidatePath(`/notifications/${input.key}`);
  return { ok: true, message: `Saved the ${input.locale} template.` };
}

const Reset = graphql(`
  mutation Notifications_TemplateReset($input: NotificationTemplateResetInput!) {
    notificationTemplateReset(input: $input) {
      template {
        key
        overridden
        subject
        mjml
        text
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function resetTemplate(_: FormState, form: FormData): Promise<FormState> {
  const input = { key: text(form, 'key'), locale: text(form, 'locale') };
  let template: { subject: string; mjml: string; text: string } | null = null;
  try {
    const { notificationTemplateReset } = await mutate(Reset, { input }, editorPath(input.key, input.locale));
    if (notificationTemplateReset.errors.length) return { errors: fieldErrors(notificationTemplateReset.errors) };
    template = notificationTemplateReset.template;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(LIST);
  revalidatePath(`/notifications/${input.key}`);
  // the editor starts again from the built-in parts
  return {
    ok: true,
    message: 'Reset to the built-in template.',
    ...(template ? { values: { subject: template.subject, mjml: template.mjml, text: template.text } } : {}),
  };
}
