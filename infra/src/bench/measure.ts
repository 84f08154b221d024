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

/**
 * p99 under a fixed offered load, measured open-loop: requests leave at evenly spaced instants
 * (rate per second) whether or not earlier ones have answered, and each latency counts from the
 * instant the request was due, so a stall shows in full (no coordinated omission). autocannon's own
 * rate option sends each connection's quota back to back at the top of every second, which measures
 * bursts instead.
 */
export async function measureOpenLoop(target: Target, rate: number, seconds: number): Promise<Measurement> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        body: target.nextBody ? target.nextBody() : target.body,
      })
        .then(async (response) => {
          const text = await response.text();
          if (!response.ok || text.includes('"errors":[{')) errors++;
        })
        .catch(() => {
          errors++;
        })
        .finally(() => {
          latencies.push(performance.now() - due);
        }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requestsPerSecond: Math.round(total / elapsed),
    p50: Math.round(at(0.5) * 10) / 10,
    p99: Math.round(at(0.99) * 10) / 10,
    errors,
    requests: total,
  };
}
