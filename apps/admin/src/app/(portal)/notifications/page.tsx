import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { NotificationsOverview } from './documents.ts';

export const metadata = { title: 'Notifications' };

const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const viewer = await requireViewer('/notifications');
  const clock = clockIn(viewer.tenant.timeZone);
  const editor = can(viewer.scopes, 'identity:tenant');
  if (!editor && !can(viewer.scopes, 'audit:read')) {
    return (
      <>
        <h1>Notifications</h1>
        <p className="muted" role="note">
          Your role cannot see notifications (it needs identity:tenant or audit:read).
        </p>
      </>
    );
  }
  const { status } = await searchParams;
  const statusFilter = STATUSES.find((one) => one === status) as Status | undefined;
  const data = await gql(
    NotificationsOverview,
    { locale: 'en', withTemplates: editor, ...(statusFilter ? { statuses: [statusFilter] } : {}) },
    '/notifications',
  );
  return (
    <>
      <h1>Notifications</h1>
      {data.notificationTemplates ? (
        <section aria-labelledby="templates-heading">
          <h2 id="templates-heading">Email templates</h2>
          <table>
            <thead>
              <tr>
                <th>Template</th>
                <th>When</th>
                <th>Yours?</th>
              </tr>
            </thead>
            <tbody>
              {data.notificationTemplates.map((template) => (
                <tr key={template.key}>
                  <td>
                    <Link href={`/notifications/${encodeURIComponent(template.key)}?locale=${template.locale}`}>
                      {template.key}
                    </Link>
                  </td>
                  <td>{template.description}</td>
                  <td>{template.overridden ? 'Customised' : 'Built-in'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p className="muted" role="note">
          You can read the log but not change templates (your role lacks identity:tenant).
        </p>
      )}
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Log</h2>
        <nav aria-label="Filter by status">
          <Link href="/notifications">All</Link>
          {STATUSES.map((one) => (
            <span key={one}>
              {' · '}
              <Link href={`/notifications?status=${one}`} aria-current={statusFilter === one ? 'page' : undefined}>
                {one.toLowerCase()}
              </Link>
            </span>
          ))}
        </nav>
        <p className="muted">{data.notifications.totalCount} notification(s)</p>
        {data.notifications.edges.length === 0 ? (
          <p>No notifications yet.</p>
        ) : (
          <table data-testid="notification-log">
            <thead>
              <tr>
                <th>Created</th>
                <th>Template</th>
                <th>Recipient</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Sent</th>
                <th>Error</th>
              </tr>
            </thead>
            <tbody>
              {data.notifications.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{clock.dateTime(node.createdAt)}</td>
                  <td title={node.eventType}>{node.template}</td>
                  <td>{node.recipient}</td>
                  <td>{node.status.toLowerCase()}</td>
                  <td>{node.attempts}</td>
                  <td>{node.sentAt ? clock.dateTime(node.sentAt) : '—'}</td>
                  <td>{node.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
