import { Counter, Histogram, Registry } from 'prom-client';

export interface PluginMetrics {
  registry: Registry;
  invocations: Counter<'hook' | 'outcome'>;
  duration: Histogram<'hook'>;
}

let metrics: PluginMetrics | undefined;

/**
 * Plugin invocations (counted by `invokePlugin` in `plugins.ts`), one registry per process, served
 * with the pipeline metrics by `serveServiceMetrics(…, { withPipeline })` and `runWorker`. Labels
 * are the hook point and the outcome (`ok` or the failure kind), both fixed sets: never the plugin
 * or the tenant, which are unbounded (per-plugin counts live with the plugins domain).
 */
export function pluginMetrics(): PluginMetrics {
  if (metrics) return metrics;
  const registry = new Registry();
  metrics = {
    registry,
    invocations: new Counter({
      name: 'ucos_plugin_invocations_total',
      help: 'Plugin hook invocations, by hook point and outcome (ok, timeout, memory, error, …)',
      labelNames: ['hook', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'ucos_plugin_duration_seconds',
      help: 'Time one plugin invocation took in the sandbox',
      labelNames: ['hook'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
  };
  return metrics;
}
