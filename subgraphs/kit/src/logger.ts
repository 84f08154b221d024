import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs, one line per event; secrets never reach them (see `redact`). */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
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
  });
}

/** The per-request child logger: every line carries the tenant and the request id. */
export function requestLogger(logger: Logger, requestId: string, tenantId: string | null): Logger {
  return logger.child({ requestId, tenantId });
}
