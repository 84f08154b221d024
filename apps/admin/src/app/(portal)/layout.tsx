import Link from 'next/link';
import type { ReactNode } from 'react';
import { ActionForm } from '../../components/action-form.tsx';
import { CollapsibleNav } from '../../components/collapsible-nav.tsx';
import { ScrollableTables } from '../../components/scrollable-tables.tsx';
import { extensionsOf } from '../../components/ui-schema/extensions.ts';
import { can, READ_FULFILLMENT } from '../../lib/scopes.ts';
import { currentPath } from '../../lib/session.ts';
import { requireViewer } from '../../lib/viewer.ts';
import { TaskCountBadge } from './tasks/task-count-badge.tsx';
import { resendVerification } from './verification-actions.ts';

const SECTIONS = [
  { href: '/', label: 'Dashboard', scope: null },
  { href: '/catalog', label: 'Catalog', scope: 'catalog:read' },
  { href: '/inventory', label: 'Inventory', scope: 'inventory:read' },
  { href: '/orders', label: 'Orders', scope: 'orders:read' },
  { href: '/fulfillment', label: 'Fulfillment', scope: READ_FULFILLMENT },
  { href: '/customers', label: 'Customers', scope: 'orders:read' },
  { href: '/customers/subscriptions', label: 'Subscriptions', scope: 'orders:read' },
  { href: '/marketing/promotions', label: 'Marketing', scope: 'orders:read' },
  { href: '/procurement', label: 'Procurement', scope: 'procurement:manage' },
  { href: '/receiving', label: 'Receiving', scope: 'procurement:manage' },
  { href: '/bills', label: 'Bills', scope: 'procurement:manage' },
  { href: '/finance', label: 'Finance', scope: ['finance:read', 'finance:write', 'finance:manage'] },
  { href: '/workflows', label: 'Workflows', scope: 'workflows:manage' },
  { href: '/tasks', label: 'Tasks', scope: null },
  { href: '/webhooks', label: 'Webhooks', scope: 'workflows:manage' },
  { href: '/notifications', label: 'Notifications', scope: ['identity:tenant', 'audit:read'] },
  { href: '/settings', label: 'Settings', scope: null },
  { href: '/account', label: 'Your account', scope: null },
] as const;

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const here = await currentPath();
  const viewer = await requireViewer(here);
  // pages of NAV_PAGE extensions (nothing when the admin.ui-extensions flag is off)
  const pages = await extensionsOf('NAV_PAGE', viewer, here);
  return (
    <div className="shell">
      <aside className="side">
        <CollapsibleNav title={<strong>{viewer.tenant.name}</strong>}>
          <nav aria-label="Sections">
            {SECTIONS.filter((section) => !section.scope || can(viewer.scopes, section.scope)).map((section) => (
              <Link key={section.href} href={section.href}>
                {section.label}
                {section.href === '/tasks' ? <TaskCountBadge /> : null}
              </Link>
            ))}
            {pages.map((page) => (
              <Link key={page.id} href={`/extensions/${encodeURIComponent(page.id)}`} data-testid="ui-extension-nav">
                {page.title}
              </Link>
            ))}
          </nav>
          {viewer.tenants.length > 1 ? (
            <form action="/sign-in" method="get" aria-label="Switch store">
              <label htmlFor="tenant-switcher">Store</label>
              <select id="tenant-switcher" name="tenant" defaultValue={viewer.tenant.slug}>
                {viewer.tenants.map((tenant) => (
                  <option key={tenant.slug} value={tenant.slug}>
                    {tenant.name}
                  </option>
                ))}
              </select>
              <input type="hidden" name="email" value={viewer.user?.email ?? ''} />
              <p>
                <button type="submit" className="secondary">
                  Switch
                </button>
              </p>
            </form>
          ) : null}
          <div className="muted" style={{ marginTop: 'auto', color: '#98a2b3' }}>
            {viewer.user?.email}
            <br />
            {viewer.roles.join(', ')}
          </div>
          <form action="/sign-out" method="post">
            <button type="submit" className="secondary">
              Sign out
            </button>
          </form>
        </CollapsibleNav>
      </aside>
      <main id="main">
        {viewer.user && !viewer.user.emailVerified ? (
          <div className="alert" role="status">
            <p>Please verify {viewer.user.email}: open the link we mailed you.</p>
            <ActionForm
              label="Mail the verification link again"
              idPrefix="verification"
              action={resendVerification}
              submit="Mail the link again"
              fields={[]}
            />
          </div>
        ) : null}
        {children}
      </main>
      <ScrollableTables />
    </div>
  );
}
