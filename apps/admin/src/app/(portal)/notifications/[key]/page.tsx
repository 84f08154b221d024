import Link from 'next/link';
import { notFound } from 'next/navigation';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { NotificationTemplateEdit } from '../documents.ts';
import { TemplateEditor } from '../template-editor.tsx';

export const metadata = { title: 'Notification template' };

export default async function TemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ locale?: string }>;
}) {
  const { key: rawKey } = await params;
  const key = decodeURIComponent(rawKey);
  const { locale = 'en' } = await searchParams;
  const path = `/notifications/${encodeURIComponent(key)}?locale=${encodeURIComponent(locale)}`;
  const viewer = await requireViewer(path);
  if (!can(viewer.scopes, 'identity:tenant')) {
    return (
      <>
        <h1>{key}</h1>
        <p className="muted" role="note">
          Your role cannot change templates (it needs identity:tenant).
        </p>
      </>
    );
  }
  const { notificationTemplate: template } = await gql(NotificationTemplateEdit, { key, locale }, path);
  if (!template) notFound();
  return (
    <>
      <p>
        <Link href="/notifications">← Notifications</Link>
      </p>
      <h1>
        {template.key} <span className="muted">({template.locale})</span>
      </h1>
      <p className="muted">
        {template.description}. {template.overridden ? 'Customised for your store.' : 'The built-in template.'} Liquid
        with the filters money, number, order_number, datetime and date_only.
      </p>
      <form method="get" aria-label="Locale">
        <label htmlFor="locale">Locale</label> <input id="locale" name="locale" defaultValue={template.locale} />{' '}
        <button type="submit" className="secondary">
          Switch
        </button>
      </form>
      <TemplateEditor
        templateKey={template.key}
        locale={template.locale}
        overridden={template.overridden}
        initial={{ subject: template.subject, mjml: template.mjml, text: template.text }}
        sampleData={template.sampleData}
      />
    </>
  );
}
