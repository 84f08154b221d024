import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

interface BunRuntime {
  serve(options: { port: number; hostname: string; fetch(request: Request): Response | Promise<Response> }): {
    port: number;
    stop(closeActiveConnections?: boolean): unknown;
  };
}

/** Serves a Yoga (or any fetch handler): listens on Bun's native server when on Bun, node:http otherwise; `port: 0` picks a free port. */
export async function serve(
  handler: FetchHandler & ((...args: never[]) => unknown),
  options: { port: number; host: string },
): Promise<RunningServer> {
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const bun = (globalThis as { Bun?: BunRuntime }).Bun;
  if (bun) {
    const server = bun.serve({
      port: options.port,
      hostname: options.host,
      fetch: (request) => handler.fetch(request),
    });
    return {
      url: `http://${shown}:${server.port}/graphql`,
      port: server.port,
      async close() {
        await server.stop(true);
      },
    };
  }
  // Yoga is itself a node:http request listener
  const server = createServer(handler as unknown as Parameters<typeof createServer>[0]);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${shown}:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // idle keep-alive sockets would hold close() open until they time out
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      }),
  };
}
