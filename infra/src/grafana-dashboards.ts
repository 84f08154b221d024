// The Grafana dashboards (infra/observability/grafana/dashboards/*.json), generated from the panel
// tables below so every query is one reviewed line. `node infra/src/grafana-dashboards.ts` rewrites
// the files; infra/test/observability.test.ts fails when they are stale, and proves every query
// returns series from a real Prometheus scraping the running platform. Metric names: kit
// `metrics.ts` (GraphQL), `pipeline-metrics.ts` (events, pools), `worker/metrics.ts` (jobs).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PanelSpec {
  title: string;
  kind: 'timeseries' | 'stat';
  unit: string;
  /** PromQL, each one a target; `legend` is Grafana's legendFormat */
  queries: { expr: string; legend?: string }[];
  description?: string;
}

export interface DashboardSpec {
  uid: string;
  title: string;
  description: string;
  panels: PanelSpec[];
}

const GATEWAY = 'job="ucos-gateway"';
const SUBGRAPHS = 'job=~"ucos-.*",job!="ucos-gateway"';

export const DASHBOARDS: DashboardSpec[] = [
  {
    uid: 'ucos-overview',
    title: 'UCOS · Platform overview',
    description:
      'The gateway SLOs (p99 under 100 ms, 99.9 % without error), traffic and the event pipeline at a glance',
    panels: [
      {
        title: 'Gateway operations per second',
        kind: 'stat',
        unit: 'reqps',
        queries: [{ expr: `sum(rate(ucos_graphql_requests_total{${GATEWAY}}[5m]))` }],
      },
      {
        title: 'Gateway p99 latency',
        kind: 'stat',
        unit: 's',
        queries: [
          {
            expr: `histogram_quantile(0.99, sum by (le) (rate(ucos_graphql_request_duration_seconds_bucket{${GATEWAY}}[5m])))`,
          },
        ],
      },
      {
        title: 'Operations slower than 100 ms (budget 1 %)',
        kind: 'timeseries',
        unit: 'percentunit',
        queries: [
          {
            expr: `1 - sum(rate(ucos_graphql_request_duration_seconds_bucket{${GATEWAY},le="0.1"}[5m])) / sum(rate(ucos_graphql_request_duration_seconds_count{${GATEWAY}}[5m]))`,
            legend: 'slow ratio (5m)',
          },
        ],
      },
      {
        title: 'Operations with errors (budget 0.1 %)',
        kind: 'timeseries',
        unit: 'percentunit',
        queries: [
          {
            expr: `(sum(rate(ucos_graphql_requests_total{${GATEWAY},outcome="error"}[5m])) or vector(0)) / sum(rate(ucos_graphql_requests_total{${GATEWAY}}[5m]))`,
            legend: 'error ratio (5m)',
          },
        ],
      },
      {
        title: 'Targets up',
        kind: 'stat',
        unit: 'none',
        queries: [{ expr: 'sum(up{job=~"ucos-.*"})', legend: 'up' }],
      },
      {
        title: 'Unpublished events (all outboxes)',
        kind: 'stat',
        unit: 'none',
        queries: [{ expr: 'sum(ucos_outbox_pending)' }],
      },
      {
        title: 'Dead-lettered events (1 h)',
        kind: 'stat',
        unit: 'none',
        queries: [{ expr: 'sum(increase(ucos_events_handled_total{outcome="dead_letter"}[1h])) or vector(0)' }],
      },
    ],
  },
  {
    uid: 'ucos-graphql-red',
    title: 'UCOS · Gateway and subgraphs (RED)',
    description: 'Rate, errors and duration of GraphQL operations per service and per trusted operation',
    panels: [
      {
        title: 'Operations per second by service',
        kind: 'timeseries',
        unit: 'reqps',
        queries: [{ expr: 'sum by (job) (rate(ucos_graphql_requests_total[5m]))', legend: '{{job}}' }],
      },
      {
        title: 'Error ratio by service',
        kind: 'timeseries',
        unit: 'percentunit',
        queries: [
          {
            expr: 'sum by (job) (rate(ucos_graphql_requests_total{outcome="error"}[5m]) or rate(ucos_graphql_requests_total[5m]) * 0) / sum by (job) (rate(ucos_graphql_requests_total[5m]))',
            legend: '{{job}}',
          },
        ],
      },
      {
        title: 'Errors by code',
        kind: 'timeseries',
        unit: 'reqps',
        queries: [{ expr: 'sum by (code) (rate(ucos_graphql_errors_total[5m]))', legend: '{{code}}' }],
      },
      {
        title: 'p50 / p99 latency by service',
        kind: 'timeseries',
        unit: 's',
        queries: [
          {
            expr: 'histogram_quantile(0.5, sum by (job, le) (rate(ucos_graphql_request_duration_seconds_bucket[5m])))',
            legend: 'p50 {{job}}',
          },
          {
            expr: 'histogram_quantile(0.99, sum by (job, le) (rate(ucos_graphql_request_duration_seconds_bucket[5m])))',
            legend: 'p99 {{job}}',
          },
        ],
      },
      {
        title: 'Busiest operations (the apps’ named operations; anything else is "other")',
        kind: 'timeseries',
        unit: 'reqps',
        queries: [
          {
            expr: 'topk(10, sum by (job, operation) (rate(ucos_graphql_requests_total[5m])))',
            legend: '{{job}} {{operation}}',
          },
        ],
      },
      {
        title: 'Subgraph p99 latency by operation type',
        kind: 'timeseries',
        unit: 's',
        queries: [
          {
            expr: `histogram_quantile(0.99, sum by (job, type, le) (rate(ucos_graphql_request_duration_seconds_bucket{${SUBGRAPHS}}[5m])))`,
            legend: '{{job}} {{type}}',
          },
        ],
      },
    ],
  },
  {
    uid: 'ucos-events',
    title: 'UCOS · Events pipeline and workers',
    description: 'Outbox backlog, relay, consumers, dead letters, database pools and scheduled jobs',
    panels: [
      {
        title: 'Outbox backlog by schema',
        kind: 'timeseries',
        unit: 'none',
        queries: [{ expr: 'sum by (schema) (ucos_outbox_pending)', legend: '{{schema}}' }],
      },
      {
        title: 'Oldest unpublished event by schema',
        kind: 'timeseries',
        unit: 's',
        queries: [{ expr: 'max by (schema) (ucos_outbox_oldest_age_seconds)', legend: '{{schema}}' }],
      },
      {
        title: 'Published events per second',
        kind: 'timeseries',
        unit: 'ops',
        queries: [
          {
            expr: 'sum by (schema, outcome) (rate(ucos_events_published_total[5m]))',
            legend: '{{schema}} {{outcome}}',
          },
        ],
      },
      {
        title: 'Relay lag p99 (commit to bus)',
        kind: 'timeseries',
        unit: 's',
        queries: [
          {
            expr: 'histogram_quantile(0.99, sum by (schema, le) (rate(ucos_event_relay_lag_seconds_bucket[5m])))',
            legend: '{{schema}}',
          },
        ],
      },
      {
        title: 'Consumer deliveries by outcome',
        kind: 'timeseries',
        unit: 'ops',
        queries: [
          {
            expr: 'sum by (consumer, outcome) (rate(ucos_events_handled_total[5m]))',
            legend: '{{consumer}} {{outcome}}',
          },
        ],
      },
      {
        title: 'Consumer lag p99 (event to handling)',
        kind: 'timeseries',
        unit: 's',
        queries: [
          {
            expr: 'histogram_quantile(0.99, sum by (consumer, le) (rate(ucos_event_consumer_lag_seconds_bucket[5m])))',
            legend: '{{consumer}}',
          },
        ],
      },
      {
        title: 'Redeliveries and dead letters',
        kind: 'timeseries',
        unit: 'ops',
        queries: [
          { expr: 'sum(rate(ucos_events_redelivered_total[5m])) or vector(0)', legend: 'redelivered' },
          {
            expr: 'sum(rate(ucos_events_handled_total{outcome="dead_letter"}[5m])) or vector(0)',
            legend: 'dead-lettered',
          },
        ],
      },
      {
        title: 'Database pool connections',
        kind: 'timeseries',
        unit: 'none',
        queries: [{ expr: 'sum by (pool, state) (ucos_db_pool_connections)', legend: '{{pool}} {{state}}' }],
      },
      {
        title: 'Scheduled job runs',
        kind: 'timeseries',
        unit: 'ops',
        queries: [
          {
            expr: 'sum by (scheduled_job, outcome) (rate(ucos_job_runs_total[15m])) or vector(0)',
            legend: '{{scheduled_job}} {{outcome}}',
          },
        ],
      },
    ],
  },
  {
    uid: 'ucos-commerce',
    title: 'UCOS · Commerce outcomes',
    description: 'What the domains did for the business: checkouts, reservations, webhook deliveries, workflow runs',
    panels: [
      {
        title: 'Checkouts by outcome',
        kind: 'timeseries',
        unit: 'ops',
        description: 'ok, or the error code the shopper got (INSUFFICIENT_STOCK, PAYMENT_DECLINED, …)',
        queries: [{ expr: 'sum by (outcome) (rate(ucos_checkouts_total[5m])) or vector(0)', legend: '{{outcome}}' }],
      },
      {
        title: 'Reservations by outcome, and expiries',
        kind: 'timeseries',
        unit: 'ops',
        description: 'INSUFFICIENT_STOCK is a conflict over the last units; expiries are carts abandoned mid-checkout',
        queries: [
          { expr: 'sum by (outcome) (rate(ucos_reservations_total[5m])) or vector(0)', legend: '{{outcome}}' },
          { expr: 'sum(rate(ucos_reservation_expiries_total[5m])) or vector(0)', legend: 'expired' },
        ],
      },
      {
        title: 'Webhook delivery attempts',
        kind: 'timeseries',
        unit: 'ops',
        description: 'succeeded; pending = failed, a retry is scheduled; failed = gave up after the last retry',
        queries: [
          {
            expr: 'sum by (outcome) (rate(ucos_webhook_delivery_attempts_total[5m])) or vector(0)',
            legend: '{{outcome}}',
          },
        ],
      },
      {
        title: 'Workflow runs finished',
        kind: 'timeseries',
        unit: 'ops',
        queries: [
          {
            expr: 'sum by (outcome) (rate(ucos_workflow_runs_finished_total[5m])) or vector(0)',
            legend: '{{outcome}}',
          },
        ],
      },
    ],
  },
  {
    uid: 'ucos-tenants',
    title: 'UCOS · Tenants (top talkers)',
    description:
      'Which tenants load the platform most. Each gateway names only its busiest tenants by requests and by cost (METRICS_TOP_TENANTS, default 10) and sums the rest as "other", so the tenant label stays bounded however many tenants there are',
    panels: [
      {
        title: 'Top tenants by operations per second',
        kind: 'timeseries',
        unit: 'reqps',
        description: 'averaged over each gateway’s window (METRICS_TOP_TENANTS_WINDOW_SECONDS, default 60 s)',
        queries: [
          {
            expr: `topk(10, sum by (tenant) (ucos_gateway_tenant_top_requests_per_second{${GATEWAY}}))`,
            legend: '{{tenant}}',
          },
        ],
      },
      {
        title: 'Top tenants by rate-limit cost (points per second)',
        kind: 'timeseries',
        unit: 'none',
        description: 'the cost the rate limiter charges: a tenant with few but heavy queries shows here',
        queries: [
          {
            expr: `topk(10, sum by (tenant) (ucos_gateway_tenant_top_cost_points_per_second{${GATEWAY}}))`,
            legend: '{{tenant}}',
          },
        ],
      },
      {
        title: 'Top tenants by failed operations per second',
        kind: 'timeseries',
        unit: 'reqps',
        description: 'operations that ended in an error, rate-limit refusals included',
        queries: [
          {
            expr: `topk(10, sum by (tenant) (ucos_gateway_tenant_top_errors_per_second{${GATEWAY}}))`,
            legend: '{{tenant}}',
          },
        ],
      },
    ],
  },
];

/** One dashboard as Grafana's JSON model (schema 39), its datasource chosen by a variable. */
export function dashboardJson(spec: DashboardSpec): Record<string, unknown> {
  // Grafana's own variable syntax, resolved by Grafana (the dashboard's datasource picker)
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Grafana variable, not a JavaScript template
  const datasource = { type: 'prometheus', uid: '${datasource}' };
  let x = 0;
  let y = 0;
  const panels = spec.panels.map((panel, index) => {
    const w = panel.kind === 'stat' ? 6 : 12;
    if (x + w > 24) {
      x = 0;
      y += 8;
    }
    const gridPos = { x, y, w, h: panel.kind === 'stat' ? 4 : 8 };
    x += w;
    return {
      id: index + 1,
      type: panel.kind,
      title: panel.title,
      ...(panel.description ? { description: panel.description } : {}),
      datasource,
      gridPos,
      fieldConfig: { defaults: { unit: panel.unit }, overrides: [] },
      options: {},
      targets: panel.queries.map((query, target) => ({
        refId: String.fromCharCode(65 + target),
        datasource,
        expr: query.expr,
        ...(query.legend ? { legendFormat: query.legend } : {}),
      })),
    };
  });
  return {
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: ['ucos'],
    timezone: 'utc',
    schemaVersion: 39,
    version: 1,
    editable: true,
    refresh: '30s',
    time: { from: 'now-1h', to: 'now' },
    templating: {
      list: [{ name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Prometheus' }],
    },
    panels,
  };
}

export const DASHBOARD_DIR = fileURLToPath(new URL('../observability/grafana/dashboards/', import.meta.url));

export const dashboardFile = (spec: DashboardSpec) => `${spec.uid}.json`;
export const dashboardText = (spec: DashboardSpec) => `${JSON.stringify(dashboardJson(spec), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(DASHBOARD_DIR, { recursive: true });
  for (const spec of DASHBOARDS) await writeFile(join(DASHBOARD_DIR, dashboardFile(spec)), dashboardText(spec));
  console.log(`wrote ${DASHBOARDS.length} dashboards to ${DASHBOARD_DIR}`);
}
