import { z } from 'zod';

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
