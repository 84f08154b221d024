import autocannon from 'autocannon';

export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** a fresh body per request (writes: each checkout needs its own cart) */
  nextBody?: () => string;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export interface Phase {
  connections: number;
  durationSeconds: number;
  /** total offered load across all connections (autocannon's overallRate); unset = as fast as possible */
  rate?: number;
  /** stop after this many requests instead of after the duration */
  amount?: number;
}

/** One autocannon run; non-2xx answers and connection errors both count as errors. */
export async function measure(target: Target, phase: Phase): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections: phase.connections,
    duration: phase.durationSeconds,
    ...(phase.amount ? { amount: phase.amount } : {}),
    ...(phase.rate ? { overallRate: phase.rate } : {}),
    ...(target.nextBody
      ? {
          requests: [
            {
              method: 'POST' as const,
              setupRequest: (request: autocannon.Request) => ({ ...request, body: target.nextBody?.() ?? target.body }),
            },
          ],
        }
      : {}),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** Sends the request once and fails loudly if the answer carries GraphQL errors: a fast error is not a result. */
export async function verify(name: string, target: Target): Promise<void> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(
      `${name}: the operation does not succeed (${response.status}): ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}
