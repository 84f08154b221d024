import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';
import { ErrorCode } from './errors.ts';
import type { RunningServer } from './serve.ts';

/** The label every operation name outside the known set is counted under. */
export const OTHER_OPERATION = 'other';

export interface MetricsOptions {
  registry: Registry;
  /**
   * Operation names worth a label of their own (the first-party apps' trusted documents); any other
   * name, a tenant's or an attacker's, is counted as `other`, so the series cannot grow with input.
   */
  knownOperations?: ReadonlySet<string>;
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/**
 * Request count, duration and error codes per operation, with labels drawn from fixed sets only: no
 * URLs, no variables, no free-form names. Served by `serveMetrics` on an internal port, never on the
 * public one.
 */
export function useBoundedMetrics({ registry, knownOperations = new Set() }: MetricsOptions): Plugin {
  const requests = new Counter({
    name: 'ucos_graphql_requests_total',
    help: 'GraphQL operations executed, by operation and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'ucos_graphql_request_duration_seconds',
    help: 'Time from parse to result, by operation',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'ucos_graphql_errors_total',
    help: 'GraphQL errors returned, by code',
    labelNames: ['code'],
    registers: [registry],
  });
  const operationOf = (name: string | undefined) =>
    name !== undefined && knownOperations.has(name) ? name : OTHER_OPERATION;
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = getOperationAST(args.document, args.operationName);
      const labels = { operation: operationOf(operation?.name?.value), type: operation?.operation ?? 'unknown' };
      return {
        onExecuteDone({ result }) {
          const list = 'errors' in result ? (result.errors ?? []) : [];
          duration.observe(labels, (performance.now() - started) / 1000);
          requests.inc({ ...labels, outcome: list.length > 0 ? 'error' : 'ok' });
          for (const error of list) errors.inc({ code: codeLabel(error.extensions?.code) });
        },
      };
    },
    onResultProcess({ result }) {
      // request errors (parse, validation, limits) never reach execution
      if (Array.isArray(result) || !result || typeof result !== 'object' || 'data' in result) return;
      for (const error of (result as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []) {
        errors.inc({ code: codeLabel(error.extensions?.code) });
      }
    },
  };
}

function codeLabel(code: unknown): string {
  return typeof code === 'string' && (KNOWN_CODES.has(code) || /^[A-Z_]{3,40}$/.test(code)) ? code : 'OTHER';
}

/**
 * Serves a registry's text format on its own (internal) address; any path answers the metrics.
 * node:http on both runtimes: Bun implements it, and this port carries a scrape every few seconds.
 */
export async function serveMetrics(
  registry: { metrics(): Promise<string>; contentType: string },
  options: {
    port: number;
    host: string;
    /**
     * answers `/health` and `/ready` here too, from the service's own handler: with mutual TLS on its
     * port, a Kubernetes probe (which presents no client certificate) can only ask on this one
     */
    probes?: { fetch(request: Request): Response | Promise<Response> } | undefined;
  },
): Promise<RunningServer> {
  const { probes } = options;
  const server = createServer((request, response) => {
    if (probes && (request.url === '/health' || request.url === '/ready')) {
      Promise.resolve(probes.fetch(new Request(`http://probe${request.url}`)))
        .then(async (answer) =>
          response
            .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' })
            .end(await answer.text()),
        )
        .catch(() => response.writeHead(503).end());
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/metrics`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
