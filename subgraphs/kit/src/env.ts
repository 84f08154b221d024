import { z } from 'zod';
import { tenantPlacementEnvField } from './db/placement.ts';
import { tlsEnvShape } from './tls.ts';
import { tracingEnvShape } from './tracing.ts';

/**
 * Parses the environment once, at boot. Every problem is reported together, then the process exits:
 * an operator fixing a deployment should not have to restart it once per missing variable.
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  shape: Shape,
  source: Record<string, string | undefined> = process.env,
  service = 'service',
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const message = `[${service}] invalid environment:\n${lines.join('\n')}`;
  if (source !== process.env) throw new EnvError(message);
  console.error(message);
  process.exit(1);
}

/**
 * A service's `loadXEnv(source = process.env)`: `parseEnv` of its shape, its report naming the service
 * (`export const loadInventoryWorkerEnv = envLoader(inventoryWorkerEnvShape, 'inventory worker')`).
 */
export function envLoader<Shape extends z.ZodRawShape>(shape: Shape, service: string) {
  return (source: Record<string, string | undefined> = process.env) => parseEnv(shape, source, service);
}

/** The named fields of an env shape: a process (a worker) that reads part of its service's environment. */
export function pickEnvFields<Shape extends z.ZodRawShape, Key extends keyof Shape & string>(
  shape: Shape,
  keys: readonly Key[],
): Pick<Shape, Key> {
  return Object.fromEntries(keys.map((key) => [key, shape[key]])) as Pick<Shape, Key>;
}

export class EnvError extends Error {
  override name = 'EnvError';
}

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Building blocks shared by every service's env schema. */
export const envFields = {
  nodeEnv: z.enum(['development', 'test', 'production']).default('development'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  port: z.coerce.number().int().min(0).max(65535),
  url: z.url(),
  optionalUrl: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url().optional()),
  secret: z.string().min(32, 'must be at least 32 characters'),
  boolean: booleanish,
  positiveInt: z.coerce.number().int().positive(),
};

const optionalPort = z
  .string()
  .optional()
  .transform((value) => (value ? Number(value) : undefined))
  .pipe(z.number().int().min(0).max(65535).optional());

/**
 * The variables `runStandalone` serves a subgraph with; every service's env shape spreads this, so
 * its parsed env is what `runStandalone` takes. `METRICS_PORT` unset: no metrics listener.
 */
export function standaloneEnvShape(defaultPort: number) {
  return {
    LOG_LEVEL: envFields.logLevel,
    PORT: envFields.port.default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    NATS_URL: envFields.optionalUrl,
    /** copies of the event stream in a JetStream cluster (3 in production: a server can be lost) */
    NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
    /** set: every commit is announced there, so gateways drop the tenant's cached answers (`data-changes.ts`) */
    REDIS_URL: envFields.optionalUrl,
    METRICS_PORT: optionalPort,
    METRICS_HOST: z.string().default('127.0.0.1'),
    /** tenants whose rows live in another database than DATABASE_URL's (`db/placement.ts`); JSON */
    TENANT_PLACEMENT: tenantPlacementEnvField,
    ...tracingEnvShape,
    ...tlsEnvShape,
  };
}
