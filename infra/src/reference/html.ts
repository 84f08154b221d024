import { Marked } from 'marked';
import type { ApiReference, ReferenceOperation, ReferenceType } from './model.ts';

export interface ReferencePage {
  /** relative to the reference's folder, e.g. `catalog.html` */
  path: string;
  html: string;
}

export interface Guide {
  slug: string;
  title: string;
  markdown: string;
}

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxRequestPoints: number;
  windowSeconds: number;
  budgets: { label: string; points: number }[];
  tiers: Record<string, number>;
  pageSize: { default: number; max: number };
  weights: Record<string, number>;
}

const markdown = new Marked({ gfm: true });
const inline = (text: string | null) => (text ? (markdown.parseInline(text) as string) : '');
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The reference as static pages: an index (authentication, limits, errors, the domains), one page
 * per domain (its queries, mutations and types) and the getting-started guides. Plain HTML and one
 * stylesheet, so it is served as files by the gateway in development and by any static host.
 */
export function renderReference(reference: ApiReference, guides: Guide[], limits: Limits): ReferencePage[] {
  const typeDomain = new Map(reference.types.map((type) => [type.name, type.domain]));
  const link = (typeText: string) =>
    escapeHtml(typeText).replace(/[_A-Za-z][_0-9A-Za-z]*/g, (name) => {
      const domain = typeDomain.get(name);
      return domain ? `<a href="${domain}.html#type-${name}">${name}</a>` : name;
    });
  const domains = reference.domains.filter(
    (domain) =>
      reference.operations.some((operation) => operation.domain === domain) ||
      reference.types.some((type) => type.domain === domain),
  );
  const nav = navigation(domains, guides);
  const pages: ReferencePage[] = [
    { path: 'index.html', html: layout('API reference', nav, indexBody(reference, domains, guides, limits)) },
    ...domains.map((domain) => ({
      path: `${domain}.html`,
      html: layout(domain, nav, domainBody(domain, reference, link)),
    })),
    ...guides.map((guide) => ({
      path: `${guide.slug}.html`,
      html: layout(guide.title, nav, `<article class="guide">${markdown.parse(guide.markdown) as string}</article>`),
    })),
    { path: 'style.css', html: STYLE },
  ];
  return pages;
}

function navigation(domains: string[], guides: Guide[]): string {
  return `<nav><a class="home" href="index.html">Unified Commerce OS API</a>
<h2>Getting started</h2><ul>${guides.map((guide) => `<li><a href="${guide.slug}.html">${escapeHtml(guide.title)}</a></li>`).join('')}</ul>
<h2>Domains</h2><ul>${domains.map((domain) => `<li><a href="${domain}.html">${domain}</a></li>`).join('')}</ul></nav>`;
}

function layout(title: string, nav: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Unified Commerce OS API</title><link rel="stylesheet" href="style.css"></head>
<body>${nav}<main>${body}</main></body></html>
`;
}

function indexBody(reference: ApiReference, domains: string[], guides: Guide[], limits: Limits): string {
  const count = (domain: string, kind: ReferenceOperation['kind']) =>
    reference.operations.filter((operation) => operation.domain === domain && operation.kind === kind).length;
  return `<h1>API reference</h1>
<p>One GraphQL endpoint, <code>POST /graphql</code> on the gateway, serves every domain of the shop. This reference is
generated from the composed schema (<code>schema/supergraph.graphql</code>), the subgraphs' access rules and the
gateway's cost model, so it changes with them: <code>npm run compose</code> rewrites it and the tests fail when it is stale.</p>
<h2>Who you are</h2><ul>${guides.map((guide) => `<li><a href="${guide.slug}.html">${escapeHtml(guide.title)}</a></li>`).join('')}</ul>
<h2 id="domains">Domains</h2>
<table><thead><tr><th>domain</th><th>queries</th><th>mutations</th><th>types</th></tr></thead><tbody>
${domains
  .map(
    (domain) =>
      `<tr><td><a href="${domain}.html">${domain}</a></td><td>${count(domain, 'query')}</td><td>${count(domain, 'mutation')}</td><td>${reference.types.filter((type) => type.domain === domain).length}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<h2 id="authentication">Authentication</h2>
<table><thead><tr><th>credential</th><th>header</th><th>for</th></tr></thead><tbody>
<tr><td>staff session (JWT)</td><td><code>authorization: Bearer &lt;access token&gt;</code></td><td>the admin; from <code>sessionCreate</code>, renewed with <code>sessionRefresh</code></td></tr>
<tr><td>API key</td><td><code>x-api-key: &lt;key&gt;</code></td><td>partners and back-office integrations; scopes and rate-limit tier chosen by the shop (<code>apiKeyCreate</code>)</td></tr>
<tr><td>publishable key</td><td><code>x-publishable-key: &lt;key&gt;</code></td><td>storefronts: catalog reads, carts and checkout, trusted (persisted) documents only</td></tr>
<tr><td>shopper session</td><td><code>authorization: Bearer &lt;access token&gt;</code></td><td>a signed-in shopper's account, cart and orders</td></tr>
</tbody></table>
<p>Each operation's page says who may call it: a scope (e.g. <code>orders:manage</code>) a staff role or API key must hold, or a kind of caller.</p>
<h2 id="limits">Limits and budgets</h2>
<p>Every request has a price in points: one per field, a connection's items times the page size asked for
(<code>first</code>, default ${limits.pageSize.default}, at most ${limits.pageSize.max}), plus extra weight for fields whose work does not
follow their size (${Object.entries(limits.weights)
    .map(([field, weight]) => `<code>${escapeHtml(field)}</code> +${weight}`)
    .join(
      ', ',
    )}). Every answer carries <code>x-request-cost</code>, <code>ratelimit-limit</code>, <code>ratelimit-remaining</code>,
<code>ratelimit-reset</code> and <code>extensions.cost</code>; a request over budget gets <code>RATE_LIMITED</code> (HTTP 429) with
<code>Retry-After</code> and the budget's name.</p>
<table><thead><tr><th>budget (per ${limits.windowSeconds} s)</th><th>points</th></tr></thead><tbody>
${limits.budgets.map((budget) => `<tr><td>${escapeHtml(budget.label)}</td><td>${budget.points.toLocaleString('en')}</td></tr>`).join('\n')}
<tr><td>one request at most</td><td>${limits.maxRequestPoints.toLocaleString('en')}</td></tr>
</tbody></table>
<p>API key tiers multiply the key budget: ${Object.entries(limits.tiers)
    .map(([tier, factor]) => `${tier} ×${factor}`)
    .join(', ')}. A document is refused before it runs when it nests deeper than ${limits.maxDepth}, has more than
${limits.maxAliases} aliases or more than ${limits.maxTokens} tokens.</p>
<h2 id="errors">Errors</h2>
<p>Business failures a form can show are data: each mutation returns a payload with <code>errors { code field message }</code>,
and its page lists every code it can return. Everything else is a GraphQL error with <code>extensions.code</code>:</p>
<table><thead><tr><th>code</th><th>meaning</th></tr></thead><tbody>
${TRANSPORT_ERRORS.map(([code, meaning]) => `<tr><td><code>${code}</code></td><td>${meaning}</td></tr>`).join('\n')}
</tbody></table>
${restSection(reference)}
<h2 id="ids">Ids and lists</h2>
<p>Ids are opaque global ids: <code>node(id:)</code> and <code>nodes(ids:)</code> fetch any object by them. Lists are Relay
connections (<code>first</code>, <code>after</code>, <code>edges { cursor node }</code>, <code>pageInfo</code>, <code>totalCount</code>).</p>`;
}

function restSection(reference: ApiReference): string {
  if (reference.rest.length === 0) return '';
  return `<h2 id="rest">REST</h2>
<p>For clients that cannot speak GraphQL, each route below runs one persisted operation through the same gateway: the
same credentials, scopes, budgets and headers. GET routes take the variables from the query string
(<code>first=20</code>, <code>filter[status]=ACTIVE</code>), POST routes from a JSON object body; the answer is the root field's value,
failures are RFC 9457 problems (<code>application/problem+json</code>) carrying the GraphQL <code>code</code>. The OpenAPI 3.1
document is <code>GET /rest/openapi.json</code>.</p>
<table><thead><tr><th>route</th><th>what</th><th>GraphQL</th><th>publishable key</th></tr></thead><tbody>
${reference.rest
  .map(
    (route) =>
      `<tr><td><code>${route.method} ${escapeHtml(route.path)}</code></td><td>${inline(route.summary)}</td><td><a href="${route.domain}.html#${route.kind}-${route.rootField}"><code>${route.rootField}</code></a></td><td>${route.storefront ? 'yes' : ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

const TRANSPORT_ERRORS: [string, string][] = [
  ['UNAUTHENTICATED', 'no credential, or one that expired or was revoked (HTTP 401 when the whole request is refused)'],
  ['FORBIDDEN', 'the caller lacks the scope the field needs'],
  ['TENANT_REQUIRED', 'the field needs a shop, and the credential names none'],
  ['BAD_USER_INPUT', 'an argument does not fit: a malformed id or cursor, a page size out of bounds, a text too long'],
  ['NOT_FOUND', 'the object does not exist or belongs to another shop (the two are not told apart)'],
  ['CONFLICT', 'the object changed since it was read, or an idempotency key was reused with other input'],
  ['RATE_LIMITED', 'the budget is spent: wait for Retry-After'],
  ['PERSISTED_QUERY_ONLY', 'a publishable key or shopper token sent a document the shop has not published'],
  [
    'DEADLINE_EXCEEDED',
    'the request ran out of time (HTTP 504); a mutation may still have happened: retry with its idempotency key',
  ],
  ['SERVICE_UNAVAILABLE', 'a domain the request needs is down; retry later'],
  ['INTERNAL_SERVER_ERROR', 'a fault on our side, logged with the request id (x-request-id)'],
];

function domainBody(domain: string, reference: ApiReference, link: (type: string) => string): string {
  const operations = reference.operations.filter((operation) => operation.domain === domain);
  const types = reference.types.filter((type) => type.domain === domain);
  const section = (title: string, kind: ReferenceOperation['kind']) => {
    const list = operations.filter((operation) => operation.kind === kind);
    return list.length
      ? `<h2>${title}</h2>\n${list.map((operation) => operationBody(operation, link)).join('\n')}`
      : '';
  };
  const contents = (kind: ReferenceOperation['kind']) =>
    operations
      .filter((operation) => operation.kind === kind)
      .map((operation) => `<a href="#${kind}-${operation.name}">${operation.name}</a>`)
      .join(' · ');
  return `<h1>${domain}</h1>
<p class="contents"><strong>Queries:</strong> ${contents('query') || 'none'}<br><strong>Mutations:</strong> ${contents('mutation') || 'none'}</p>
${section('Queries', 'query')}
${section('Mutations', 'mutation')}
${types.length ? `<h2>Types</h2>\n${types.map((type) => typeBody(type, link)).join('\n')}` : ''}`;
}

function operationBody(operation: ReferenceOperation, link: (type: string) => string): string {
  const args = operation.arguments.length
    ? `<table><thead><tr><th>argument</th><th>type</th><th>description</th></tr></thead><tbody>${operation.arguments
        .map(
          (arg) =>
            `<tr><td><code>${arg.name}</code></td><td><code>${link(arg.type)}</code>${arg.defaultValue ? ` = <code>${escapeHtml(arg.defaultValue)}</code>` : ''}</td><td>${inline(arg.description)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const codes = operation.errorCodes.length
    ? `<p class="label">Error codes in <code>errors</code></p><ul class="codes">${operation.errorCodes
        .map((code) => `<li><code>${code.code}</code>${code.description ? `: ${inline(code.description)}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  const variables = Object.keys(operation.example.variables).length
    ? `<pre><code>${escapeHtml(JSON.stringify(operation.example.variables, null, 2))}</code></pre>`
    : '';
  return `<section class="operation" id="${operation.kind}-${operation.name}">
<h3><code>${operation.name}</code></h3>
${operation.deprecationReason ? `<p class="deprecated">Deprecated: ${inline(operation.deprecationReason)}</p>` : ''}
<p>${inline(operation.description) || '<em>No description.</em>'}</p>
<p class="signature"><code>${operation.name}${operation.arguments.length ? `(${operation.arguments.map((arg) => `${arg.name}: ${link(arg.type)}`).join(', ')})` : ''}: ${link(operation.returns)}</code></p>
<dl><dt>Who may call it</dt><dd>${inline(operation.access)}</dd><dt>Cost of the example</dt><dd>${operation.cost} points</dd>${
    operation.rest.length
      ? `<dt>REST</dt><dd>${operation.rest.map((route) => `<a href="index.html#rest"><code>${route.method} ${escapeHtml(route.path)}</code></a>`).join(', ')}</dd>`
      : ''
  }</dl>
${args}${codes}
<details><summary>Example</summary><pre><code>${escapeHtml(operation.example.document)}</code></pre>${variables}</details>
</section>`;
}

function typeBody(type: ReferenceType, link: (type: string) => string): string {
  const rows = type.members
    .map(
      (member) =>
        `<tr><td><code>${escapeHtml(member.name)}</code></td><td>${member.type ? `<code>${link(member.type)}</code>` : ''}</td><td>${inline(member.description)}${member.deprecationReason ? ` <em>Deprecated: ${inline(member.deprecationReason)}</em>` : ''}</td></tr>`,
    )
    .join('');
  return `<section class="type" id="type-${type.name}">
<h3><code>${type.name}</code> <span class="kind">${type.kind}</span></h3>
${type.description ? `<p>${inline(type.description)}</p>` : ''}
${rows ? `<table><tbody>${rows}</tbody></table>` : ''}
</section>`;
}

const STYLE = `body{margin:0;display:grid;grid-template-columns:16rem 1fr;font:15px/1.5 system-ui,sans-serif;color:#1a1a1a}
nav{position:sticky;top:0;height:100vh;overflow:auto;padding:1rem;background:#f5f5f4;border-right:1px solid #ddd}
nav h2{font-size:.8rem;text-transform:uppercase;color:#555;margin:1.2rem 0 .3rem}nav ul{list-style:none;padding:0;margin:0}
nav a{color:#1d4ed8;text-decoration:none}.home{font-weight:600}
main{padding:1.5rem 2rem;max-width:60rem;min-width:0}
code{font:13px/1.4 ui-monospace,monospace}pre{background:#f5f5f4;padding:.75rem;overflow:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #e5e5e5;padding:.3rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #e5e5e5;padding-top:.5rem;margin-top:1rem}h3 code{font-size:1.1rem}
.contents{line-height:1.8}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.kind{font-size:.8rem;color:#555;font-weight:400}
.deprecated{color:#b45309}.label{font-weight:600;margin-bottom:0}dt{font-weight:600}dd{margin:0 0 .4rem}
@media (max-width:48rem){body{grid-template-columns:1fr}nav{position:static;height:auto}}
`;
