import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { type ServiceTls, serviceFetch } from '@ucos/kit/tls';

export type Runtime = 'bun' | 'node';

const bunBinary = () => createRequire(import.meta.url).resolve('bun/bin/bun.exe');

export interface Service {
  name: string;
  child: ChildProcess;
  url: string;
}

/** Starts a TypeScript entry point on Bun (the default) or Node 24 (type stripping), logs prefixed. */
export function startService(options: {
  name: string;
  /** the script and its arguments */
  entry: string[];
  runtime: Runtime;
  env: Record<string, string>;
  url: string;
  cwd: string;
  quiet?: boolean;
}): Service {
  const command = options.runtime === 'bun' ? bunBinary() : process.execPath;
  const child = spawn(command, options.entry, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${options.name}] `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    if (options.quiet) return;
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  return { name: options.name, child, url: options.url };
}

/** Polls `url` until it answers 200, the process dies, or the deadline passes. */
export async function waitUntilReady(
  service: Service,
  url: string,
  // a loaded machine (the bench next to other work) can take longer to start every process
  timeoutMs = Number(process.env.UCOS_READY_TIMEOUT_MS || 30_000),
  /** the certificate to present to a service that requires one (mutual TLS) */
  tls: ServiceTls | null = null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const send = serviceFetch(tls);
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.child.exitCode} before it was ready`);
    }
    try {
      const response = await send(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs / 1000}s`);
}

export async function stopService(service: Service, timeoutMs = 5000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
