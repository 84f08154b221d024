import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { actorWords, operationWords, outcomeWords, targetWords } from '../../../lib/history-words.ts';
import { FOLLOW, newKeyTierOptions, TIER_OPTIONS, tierInForceWords } from '../../../lib/rate-limit-tier.ts';
import { can, scopeChoices } from '../../../lib/scopes.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import {
  createApiKey,
  createStorefrontKey,
  inviteMember,
  removeMember,
  revokeApiKey,
  revokeInvitation,
  setApiKeyTier,
  setFlag,
  setMemberRoles,
  setOrderNumberPrefix,
  updateReturnWindow,
  updateStore,
} from './actions.ts';
import { RolesSection } from './roles-section.tsx';

export const metadata = { title: 'Settings' };
const HERE = '/settings';

const Store = graphql(`
  query SettingsStore_Tenant {
    tenant {
      id
      name
      locale
      timeZone
      currencies
      legalName
      taxId
      address {
        line1
        line2
        postalCode
        city
        region
        country
        phone
      }
      version
    }
  }
`);
const Returns = graphql(`
  query SettingsReturns_Window {
    fulfillmentSettings {
      returnWindowDays
    }
  }
`);
const Numbering = graphql(`
  query SettingsOrders_Numbering {
    orderNumbering {
      prefix
      nextNumber
    }
  }
`);
const Members = graphql(`
  query SettingsMembers_List {
    members(first: 100) {
      totalCount
      edges {
        node {
          id
          email
          name
          roles
          memberSince
        }
      }
    }
  }
`);
const Invitations = graphql(`
  query SettingsInvitations_List {
    invitations(first: 100) {
      totalCount
      edges {
        node {
          id
          email
          roleNames
          invitedAt
          expiresAt
        }
      }
    }
  }
`);
const Roles = graphql(`
  query SettingsRoles_List {
    roles {
      id
      name
      description
      scopes
      builtin
      version
    }
    permissionScopes {
      name
      description
    }
  }
`);
/** A key's budget at the gateway, as a multiple of the deployment's (gateway README, "Rate limits"). */
const Keys = graphql(`
  query SettingsApiKeys_List {
    apiKeys(first: 100) {
      edges {
        node {
          id
          kind
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          revokedAt
          rateLimitTier
          ownRateLimitTier
          rateLimitTierSource
          app {
            id
            name
          }
        }
      }
    }
    apps(first: 100) {
      edges {
        node {
          id
          kind
          name
          rateLimitTier
          archivedAt
        }
      }
    }
  }
`);

type KeyApp = { id: string; kind: string; name: string; rateLimitTier?: string | null; archivedAt?: unknown };

/** The apps a new key may belong to (live, not the admin): its tier is what a key without one gets. */
function appChoices(apps: readonly KeyApp[], kinds: readonly string[]) {
  return [
    { value: '', label: 'none (the default tier, standard)' },
    ...apps
      .filter((app) => !app.archivedAt && kinds.includes(app.kind))
      .map((app) => ({
        value: app.id,
        label: `${app.name} (${app.rateLimitTier ? app.rateLimitTier.toLowerCase() : 'standard, the default'})`,
      })),
  ];
}

const NEW_KEY_TIERS = newKeyTierOptions('none: follow its app (standard without one)');
const Flags = graphql(`
  query SettingsFlags_List {
    featureFlags {
      key
      description
      enabled
      percentage
      version
    }
  }
`);
const Audit = graphql(`
  query SettingsAudit_List {
    auditEvents(first: 25) {
      edges {
        node {
          id
          occurredAt
          actorKind
          operation
          targetType
          outcome
          errorCode
        }
      }
    }
  }
`);

const FLAG_STATES = [
  { value: 'true', label: 'on' },
  { value: 'false', label: 'off' },
];

/** Every IANA zone this runtime knows, UTC first (the default). */
const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export default async function SettingsPage() {
  const viewer = await requireViewer(HERE);
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  const may = (scope: string) => can(viewer.scopes, scope);
  const [store, returns, numbering, members, invitations, roles, keys, flags, audit] = await Promise.all([
    may('identity:tenant') ? gql(Store, {}, HERE) : null,
    may('fulfillment:manage') ? gql(Returns, {}, HERE) : null,
    may('orders:manage') ? gql(Numbering, {}, HERE) : null,
    may('identity:users') ? gql(Members, {}, HERE) : null,
    may('identity:users') ? gql(Invitations, {}, HERE) : null,
    gql(Roles, {}, HERE),
    may('identity:api_keys') ? gql(Keys, {}, HERE) : null,
    may('identity:flags') ? gql(Flags, {}, HERE) : null,
    may('audit:read') ? gql(Audit, {}, HERE) : null,
  ]);
  const roleOptions = roles.roles.map((role) => ({ value: role.name, label: role.name }));
  return (
    <>
      <h1>Settings</h1>
      {store?.tenant ? (
        <section className="card" aria-labelledby="store">
          <h2 id="store">Store</h2>
          <p className="muted">
            The language of the mail sent for the store, the time zone the admin shows times in (and its scheduled
            workflows fire in when their trigger names none), the currencies the storefront offers (each needs a price
            list and shipping methods in it), and the business details its invoices print (unless Finance → Invoices
            gives its own).
          </p>
          <ActionForm
            label="Store settings"
            action={updateStore}
            submit="Save store settings"
            hidden={{ version: store.tenant.version }}
            fields={[
              { name: 'name', label: 'Name', required: true, defaultValue: store.tenant.name },
              { name: 'locale', label: 'Language (BCP 47, e.g. en, de-AT)', defaultValue: store.tenant.locale },
              {
                name: 'timeZone',
                label: 'Time zone',
                defaultValue: store.tenant.timeZone,
                options: TIME_ZONES.map((zone) => ({ value: zone, label: zone })),
              },
              {
                name: 'currencies',
                label: 'Currencies sold in (ISO codes, the default first, e.g. EUR, USD)',
                defaultValue: store.tenant.currencies.join(', '),
              },
              { name: 'legalName', label: 'Legal name (as registered)', defaultValue: store.tenant.legalName },
              { name: 'taxId', label: 'VAT or tax id (e.g. DE123456789)', defaultValue: store.tenant.taxId },
              { name: 'address.line1', label: 'Street and number', defaultValue: store.tenant.address?.line1 ?? '' },
              {
                name: 'address.line2',
                label: 'Address line 2 (optional)',
                defaultValue: store.tenant.address?.line2 ?? '',
              },
              {
                name: 'address.postalCode',
                label: 'Postal code',
                defaultValue: store.tenant.address?.postalCode ?? '',
              },
              { name: 'address.city', label: 'City', defaultValue: store.tenant.address?.city ?? '' },
              {
                name: 'address.region',
                label: 'State or province (optional)',
                defaultValue: store.tenant.address?.region ?? '',
              },
              {
                name: 'address.country',
                label: 'Country (two letters, e.g. DE)',
                defaultValue: store.tenant.address?.country ?? '',
              },
              {
                name: 'address.phone',
                label: 'Business phone (optional)',
                defaultValue: store.tenant.address?.phone ?? '',
              },
            ]}
          />
        </section>
      ) : null}
      {returns ? (
        <section className="card" aria-labelledby="returns">
          <h2 id="returns">Returns</h2>
          <p className="muted">
            How many days after an order's latest shipment left (or was delivered) its shopper may request a return from
            the storefront. 0 turns self-service returns off; staff can always record a return.
          </p>
          <ActionForm
            label="Return window"
            action={updateReturnWindow}
            submit="Save return window"
            fields={[
              {
                name: 'returnWindowDays',
                label: 'Return window (days, 0–365)',
                type: 'number',
                required: true,
                defaultValue: returns.fulfillmentSettings.returnWindowDays,
              },
            ]}
          />
        </section>
      ) : null}
      {may('identity:tenant') ? (
        <section className="card" aria-labelledby="integrations-settings">
          <h2 id="integrations-settings">Integrations</h2>
          <p>
            <Link href="/settings/integrations">Integrations</Link>: the payment provider checkout charges through
            (Stripe or the built-in test provider) and its credentials, encrypted and never shown again.
          </p>
        </section>
      ) : null}
      {may('plugins:read') || may('plugins:write') ? (
        <section className="card" aria-labelledby="plugins-settings">
          <h2 id="plugins-settings">Plugins</h2>
          <p>
            <Link href="/settings/plugins">Plugins</Link>: your own checks at checkout and add-to-cart, run in a
            sandbox; upload, install, configure, enable, upgrade and roll back.
          </p>
          <p>
            <Link href="/settings/extensions">Extensions</Link>: panels on the product, order and customer pages,
            dashboard widgets and pages of their own, from a declarative schema.
          </p>
        </section>
      ) : null}
      {may('catalog:read') ? (
        <section className="card" aria-labelledby="catalog-settings">
          <h2 id="catalog-settings">Catalog</h2>
          <p>
            <Link href="/settings/custom-fields">Custom fields</Link>: your own fields on products (material, care, …),
            in the product form, the import, the search and, when public, on the storefront.
          </p>
        </section>
      ) : null}
      {may('orders:read') ? (
        <section className="card" aria-labelledby="orders-settings">
          <h2 id="orders-settings">Orders and shipping</h2>
          <p>
            <Link href="/settings/shipping">Shipping zones and methods</Link>: where the store ships, what each method
            costs and from which subtotal it is free.
          </p>
          <p>
            <Link href="/settings/tax">Tax</Link>: whether prices include tax, the rates per zone and tax class.
          </p>
          {numbering ? (
            <ActionForm
              label="Order numbers"
              action={setOrderNumberPrefix}
              submit="Save order number prefix"
              fields={[
                {
                  name: 'prefix',
                  label: `Order number prefix (up to 12 letters, digits, #, /, _ or -; the next order is ${numbering.orderNumbering.prefix}${numbering.orderNumbering.nextNumber})`,
                  defaultValue: numbering.orderNumbering.prefix,
                },
              ]}
            />
          ) : null}
        </section>
      ) : null}
      {members ? (
        <section className="card" aria-labelledby="members">
          <h2 id="members">Users and roles ({members.members.totalCount})</h2>
          <table>
            <thead>
              <tr>
                <th>Email</th>
                <th>Name</th>
                <th>Roles</th>
                <th>Since</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              {members.members.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.email}</td>
                  <td>{node.name ?? '—'}</td>
                  <td>{node.roles.join(', ')}</td>
                  <td>{when(node.memberSince)}</td>
                  <td>
                    <ActionForm
                      label={`Roles of ${node.email}`}
                      action={setMemberRoles}
                      submit="Set roles"
                      idPrefix={`member-${node.id}`}
                      hidden={{ userId: node.id }}
                      fields={[
                        {
                          name: 'roleNames',
                          label: 'Roles',
                          choices: roleOptions,
                          defaultValues: node.roles,
                        },
                      ]}
                    />
                    <ActionForm
                      label={`Remove ${node.email}`}
                      action={removeMember}
                      submit="Remove"
                      idPrefix={`remove-${node.id}`}
                      hidden={{ userId: node.id }}
                      danger={{
                        title: `Remove ${node.email} from the team?`,
                        consequences: (
                          <p>
                            They are signed out at once and can no longer open this store. Unless you ticked “Keep the
                            API keys they created”, every API key they created stops working too.
                          </p>
                        ),
                        confirmLabel: 'Remove member',
                        keepLabel: 'Keep member',
                      }}
                      fields={[
                        {
                          name: 'keepApiKeys',
                          label: 'Their API keys',
                          choices: [{ value: 'true', label: 'Keep the API keys they created (otherwise revoked)' }],
                        },
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 id="invitations">Pending invitations ({invitations?.invitations.totalCount ?? 0})</h2>
          {invitations?.invitations.edges.length ? (
            <table aria-labelledby="invitations">
              <thead>
                <tr>
                  <th>Email</th>
                  <th>Roles</th>
                  <th>Invited</th>
                  <th>Link expires</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {invitations.invitations.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{node.email}</td>
                    <td>{node.roleNames.join(', ')}</td>
                    <td>{when(node.invitedAt)}</td>
                    <td>{node.expiresAt ? when(node.expiresAt) : 'being mailed'}</td>
                    <td>
                      <ActionForm
                        label={`Revoke the invitation of ${node.email}`}
                        action={revokeInvitation}
                        submit="Revoke"
                        idPrefix={`revoke-invitation-${node.id}`}
                        hidden={{ id: node.id }}
                        danger={{
                          title: `Revoke the invitation of ${node.email}?`,
                          consequences: <p>The link in their mail stops working; you can invite them again later.</p>,
                          confirmLabel: 'Revoke invitation',
                          keepLabel: 'Keep invitation',
                        }}
                        fields={[]}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>None.</p>
          )}
          <h2>Invite a user</h2>
          <p>
            The person gets a link by mail and joins when they accept it, with their own password. You can grant only
            roles whose permissions you hold.
          </p>
          <ActionForm
            label="Invite a user"
            idPrefix="new-member"
            action={inviteMember}
            submit="Send invitation"
            fields={[
              { name: 'email', label: 'Email', type: 'email', required: true },
              { name: 'roleNames', label: 'Roles', choices: roleOptions },
            ]}
          />
        </section>
      ) : null}
      <RolesSection
        roles={roles.roles}
        permissionScopes={roles.permissionScopes}
        viewerScopes={viewer.scopes}
        manage={may('identity:roles')}
      />
      {keys ? (
        <section className="card" aria-labelledby="keys">
          <h2 id="keys">API keys and storefront keys</h2>
          <p>
            <Link href="/settings/apps">Apps</Link>: the storefronts and partner integrations built on the API, their
            keys and the documents they publish.
          </p>
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Kind</th>
                <th>Key</th>
                <th>Scopes</th>
                <th>Rate-limit tier</th>
                <th>Last used</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {keys.apiKeys.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.name}</td>
                  <td>{node.kind === 'PUBLISHABLE_KEY' ? 'storefront' : 'partner'}</td>
                  <td>
                    <code>{node.prefix}…</code>
                  </td>
                  <td>{node.scopes.join(', ')}</td>
                  <td>
                    {tierInForceWords(node.rateLimitTier, node.rateLimitTierSource)}
                    {node.revokedAt ? null : (
                      <ActionForm
                        label={`Rate-limit tier of ${node.name}`}
                        idPrefix={`tier-${node.id}`}
                        action={setApiKeyTier}
                        submit="Set tier"
                        hidden={{ id: node.id }}
                        fields={[
                          {
                            name: 'rateLimitTier',
                            label: 'Tier',
                            options: [
                              {
                                value: FOLLOW,
                                label: node.app ? `follow ${node.app.name}` : 'follow the default (standard)',
                              },
                              ...TIER_OPTIONS,
                            ],
                            defaultValue: node.ownRateLimitTier ?? FOLLOW,
                          },
                        ]}
                      />
                    )}
                  </td>
                  <td>{when(node.lastUsedAt)}</td>
                  <td>
                    {node.revokedAt ? (
                      <span className="pill low">revoked</span>
                    ) : (
                      <ActionForm
                        label={`Revoke ${node.name}`}
                        action={revokeApiKey}
                        submit="Revoke"
                        idPrefix={`revoke-key-${node.id}`}
                        hidden={{ id: node.id }}
                        fields={[]}
                        danger={{
                          title: `Revoke the key “${node.name}” (${node.prefix}…)?`,
                          consequences: (
                            <RevokeConsequences kind={node.kind} lastUsedAt={node.lastUsedAt} when={when} />
                          ),
                          confirmLabel: 'Revoke key',
                          keepLabel: 'Keep key',
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="grid">
            <div>
              <h2>New partner API key</h2>
              <ActionForm
                label="New partner API key"
                idPrefix="new-api-key"
                action={createApiKey}
                submit="Create API key"
                fields={[
                  { name: 'name', label: 'Name', required: true },
                  {
                    name: 'scopes',
                    label: 'Scopes (a subset of yours)',
                    choices: scopeChoices(roles.permissionScopes, viewer.scopes),
                  },
                  {
                    name: 'appId',
                    label: 'App',
                    options: appChoices(
                      keys.apps.edges.map(({ node }) => node),
                      ['PARTNER', 'STOREFRONT'],
                    ),
                  },
                  { name: 'rateLimitTier', label: 'Rate-limit tier', options: NEW_KEY_TIERS, defaultValue: FOLLOW },
                ]}
              />
            </div>
            <div>
              <h2>New storefront key</h2>
              <ActionForm
                label="New storefront key"
                idPrefix="new-storefront-key"
                action={createStorefrontKey}
                submit="Create storefront key"
                fields={[
                  { name: 'name', label: 'Name', required: true },
                  {
                    name: 'appId',
                    label: 'App',
                    options: appChoices(
                      keys.apps.edges.map(({ node }) => node),
                      ['STOREFRONT'],
                    ),
                  },
                  { name: 'rateLimitTier', label: 'Rate-limit tier', options: NEW_KEY_TIERS, defaultValue: FOLLOW },
                ]}
              />
            </div>
          </div>
        </section>
      ) : null}
      {flags ? (
        <section className="card" aria-labelledby="flags">
          <h2 id="flags">Feature flags</h2>
          <table>
            <thead>
              <tr>
                <th>Key</th>
                <th>State</th>
                <th>Rollout</th>
                <th>Description</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              {flags.featureFlags.map((flag) => (
                <tr key={flag.key}>
                  <td>
                    <code>{flag.key}</code>
                  </td>
                  <td>{flag.enabled ? 'on' : 'off'}</td>
                  <td>{flag.percentage} %</td>
                  <td>{flag.description ?? ''}</td>
                  <td>
                    {/* the version this page read travels hidden: a change made meanwhile is refused, not overwritten */}
                    <ActionForm
                      label={`Change flag ${flag.key}`}
                      idPrefix={`flag-${flag.key}`}
                      action={setFlag}
                      submit="Save"
                      inline
                      hidden={{ key: flag.key, description: flag.description ?? '', version: flag.version }}
                      fields={[
                        {
                          name: 'enabled',
                          label: `State of ${flag.key}`,
                          options: FLAG_STATES,
                          defaultValue: flag.enabled ? 'true' : 'false',
                        },
                        {
                          name: 'percentage',
                          label: `Rollout % of ${flag.key}`,
                          type: 'number',
                          defaultValue: flag.percentage,
                        },
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>New flag</h2>
          <ActionForm
            label="New flag"
            idPrefix="new-flag"
            action={setFlag}
            submit="Create flag"
            hidden={{ version: 0 }}
            fields={[
              { name: 'key', label: 'Key', required: true },
              { name: 'description', label: 'Description' },
              {
                name: 'enabled',
                label: 'State',
                options: FLAG_STATES,
              },
              { name: 'percentage', label: 'Rollout % (of shoppers who see it on)', type: 'number', defaultValue: 100 },
            ]}
          />
        </section>
      ) : null}
      {audit ? (
        <section className="card" aria-labelledby="audit">
          <h2 id="audit">Audit log</h2>
          <table>
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>On</th>
                <th>Outcome</th>
              </tr>
            </thead>
            <tbody>
              {audit.auditEvents.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{when(node.occurredAt)}</td>
                  <td>{actorWords(node.actorKind)}</td>
                  <td>{operationWords(node.operation)}</td>
                  <td>{targetWords(node.targetType)}</td>
                  <td>{outcomeWords(node.outcome, node.errorCode)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

/** A key used within this long is taken to be in use now (a shop's storefront calls it constantly). */
const IN_USE_MS = 24 * 60 * 60 * 1000;

/** What revoking a key breaks: for a storefront key, the shop itself. */
function RevokeConsequences({
  kind,
  lastUsedAt,
  when,
}: {
  kind: string;
  lastUsedAt: string | null;
  when: (iso: string | null) => string;
}) {
  // the page renders per request on the server: "now" is the request's time
  const inUse = lastUsedAt !== null && Date.now() - Date.parse(lastUsedAt) < IN_USE_MS;
  return kind === 'PUBLISHABLE_KEY' ? (
    <>
      <p>
        <strong>This is a storefront key.</strong> A shop that uses it stops working at once: shoppers can no longer
        browse products, fill a cart or check out until the shop is given a new key.
      </p>
      {inUse ? (
        <p className="alert" data-testid="key-in-use">
          It was used {when(lastUsedAt)}: a storefront is very likely using it right now.
        </p>
      ) : null}
      <p>Revoking cannot be undone.</p>
    </>
  ) : (
    <>
      <p>
        Every integration that sends this key (ERP sync, scripts, partners) is refused from now on.
        {inUse ? ` It was used ${when(lastUsedAt)}.` : ''}
      </p>
      <p>Revoking cannot be undone.</p>
    </>
  );
}
