import type { Measurement } from './measure.ts';

export interface OperationResult {
  name: string;
  via: string;
  single: Measurement;
  saturation20: Measurement;
  saturation50: Measurement;
  fixedRate: Measurement;
  /** CPU time per request (net of idle work); null when not measured */
  cpu?: { gatewayMsPerRequest: number | null; subgraphsMsPerRequest: number | null };
  targets: { singleP99?: number; fixedRateP99?: number };
}

const ms = (value: number) => value.toFixed(1);
const cpuMs = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));

/** The Markdown table `npm run bench` prints and writes next to its JSON. */
export function markdownReport(results: OperationResult[], context: Record<string, string>): string {
  const lines = [
    '# Benchmark',
    '',
    ...Object.entries(context).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '| operation | via | 1 conn p50 ms | 1 conn p99 ms | 20 conn req/s | 20 conn p99 ms | 50 conn req/s | 50 conn p99 ms | fixed-rate p99 ms | gateway CPU ms/req | subgraphs CPU ms/req | errors | targets |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    const errors =
      result.single.errors + result.saturation20.errors + result.saturation50.errors + result.fixedRate.errors;
    const checks = [
      result.targets.singleP99 !== undefined
        ? `1 conn p99 ≤ ${result.targets.singleP99}: ${result.single.p99 <= result.targets.singleP99 ? 'met' : 'MISSED'}`
        : null,
      result.targets.fixedRateP99 !== undefined
        ? `rate p99 ≤ ${result.targets.fixedRateP99}: ${result.fixedRate.p99 <= result.targets.fixedRateP99 ? 'met' : 'MISSED'}`
        : null,
    ].filter(Boolean);
    lines.push(
      `| ${result.name} | ${result.via} | ${ms(result.single.p50)} | ${ms(result.single.p99)} | ${result.saturation20.requestsPerSecond} | ${ms(result.saturation20.p99)} | ${result.saturation50.requestsPerSecond} | ${ms(result.saturation50.p99)} | ${ms(result.fixedRate.p99)} | ${cpuMs(result.cpu?.gatewayMsPerRequest)} | ${cpuMs(result.cpu?.subgraphsMsPerRequest)} | ${errors} | ${checks.join(', ') || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
