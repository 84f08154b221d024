import { createLogger } from '@ucos/kit/logger';
import { serveMetrics } from '@ucos/kit/metrics';
import { startTracing } from '@ucos/kit/tracing';
import { isClusterWorker, reportListening, runPrimary, shareMetricsWithPrimary } from './cluster.ts';
import { ConfigError, EnvError, loadConfig, USAGE } from './config.ts';
import { createGateway } from './gateway.ts';
import { serve } from './server.ts';

let loaded: ReturnType<typeof loadConfig>;
try {
  loaded = loadConfig(process.env, process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (loaded.help) {
  console.log(USAGE);
  process.exit(0);
}

const { config } = loaded;
const logger = createLogger('gateway', config.logLevel);
const worker = isClusterWorker();
try {
  if (config.workers > 1 && !worker) {
    // the primary serves no request: only the processes that do trace
    await runPrimary(config, logger);
  } else {
    const tracing = startTracing({
      serviceName: 'gateway',
      endpoint: config.tracing.endpoint,
      ratio: config.tracing.ratio,
    });
    const gateway = await createGateway(config, { logger });
    const server = await serve(gateway.yoga, {
      port: config.port,
      host: config.host,
      shared: worker,
      tls: config.tls.public,
    });
    // a worker's metrics are summed and served by the primary
    const metrics = worker ? null : await serveMetrics(gateway.metrics, config.metrics);
    if (worker) {
      shareMetricsWithPrimary(gateway.metrics);
      reportListening(server.url);
    } else {
      logger.info(
        {
          url: server.url,
          metrics: metrics?.url,
          subgraphs: gateway.subgraphs,
          auth: config.authDisabled ? 'off' : 'on',
        },
        `gateway listening on ${server.url}`,
      );
    }

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: shutting down`);
      await server.close();
      await metrics?.close();
      await gateway.stop();
      await tracing.shutdown();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  }
} catch (error) {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'gateway failed to start');
  process.exit(1);
}
