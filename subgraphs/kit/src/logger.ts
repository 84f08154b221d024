import { inspect } from 'node:util';
import pino, { type DestinationStream, type Logger } from 'pino';
import { causeFields } from './events/causation.ts';
import { traceIds } from './tracing.ts';

export type { Logger };

/**
 * Errors are logged under `err` with their type, message, stack and own fields. pg-pool attaches the
 * whole connection to an idle-connection error (`err.client`: sockets, parsers, kilobytes per line),
 * so that one field is left out.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.client;
  return serialized;
}

/**
 * JSON logs, one line per event; secrets never reach them (see `redact`). The level comes from the
 * caller (each service's parsed `LOG_LEVEL`): the kit reads no environment. `destination` is for tests.
 */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError },
    // a line logged inside a request or event carries its trace and span ids and the chain it belongs to
    mixin: () => ({ ...traceIds(), ...causeFields() }),
    redact: {
      paths: [
        'password',
        '*.password',
        'input.password',
        'headers.authorization',
        'headers["x-api-key"]',
        'headers["x-ucos-internal-token"]',
        'token',
        'secret',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The per-request child logger: every line carries the tenant and the request id. */
export function requestLogger(logger: Logger, requestId: string, tenantId: string | null): Logger {
  return logger.child({ requestId, tenantId });
}

type YogaLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * The `logging` option of every Yoga (the gateway's and each subgraph's): Yoga's log calls become
 * pino lines. An Error among the arguments is logged as `err` (type, message, stack, code), never
 * flattened into the message, so a failure outside a resolver can still be traced to its line.
 */
export function yogaLogAdapter(logger: Logger): Record<YogaLogLevel, (...args: unknown[]) => void> {
  const emit =
    (level: YogaLogLevel) =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      const err = args.find((arg) => arg instanceof Error);
      const message = args
        .filter((arg) => arg !== err)
        .map((arg) =>
          typeof arg === 'string' ? arg : inspect(arg, { depth: 3, breakLength: Number.POSITIVE_INFINITY }),
        )
        .join(' ');
      if (err) logger[level]({ err }, message || (err as Error).message);
      else logger[level](message);
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
