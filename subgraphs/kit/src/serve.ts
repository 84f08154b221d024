import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * What the server tells the handler besides the request: the peer's address on the socket (Yoga
 * merges it into the context as `clientAddress`). Who is behind a proxy is the handler's business.
 */
export interface ServerContext extends Record<string, unknown> {
  clientAddress: string | null;
}

interface FetchHandler {
  fetch(request: Request, context: ServerContext): Response | Promise<Response>;
}

interface BunServer {
  port: number;
  stop(closeActiveConnections?: boolean): unknown;
  requestIP(request: Request): { address: string } | null;
}

interface BunRuntime {
  serve(options: {
    port: number;
    hostname: string;
    reusePort?: boolean;
    fetch(request: Request, server: BunServer): Response | Promise<Response>;
  }): BunServer;
}

/**
 * Serves a Yoga (or any fetch handler): listens on Bun's native server when on Bun, node:http otherwise; `port: 0` picks a free port.
 * `shared`: several processes serve this port (a clustered gateway). Node's cluster module shares the
 * socket by itself; Bun's server needs SO_REUSEPORT, with which the kernel spreads connections.
 */
export async function serve(
  handler: FetchHandler & ((...args: never[]) => unknown),
  options: { port: number; host: string; shared?: boolean },
): Promise<RunningServer> {
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const bun = (globalThis as { Bun?: BunRuntime }).Bun;
  if (bun) {
    const server = bun.serve({
      port: options.port,
      hostname: options.host,
      ...(options.shared ? { reusePort: true } : {}),
      fetch: (request, server) => handler.fetch(request, { clientAddress: server.requestIP(request)?.address ?? null }),
    });
    return {
      url: `http://${shown}:${server.port}/graphql`,
      port: server.port,
      async close() {
        await server.stop(true);
      },
    };
  }
  // Yoga is itself a node:http request listener; extra arguments become its server context
  const listener = handler as unknown as (req: IncomingMessage, res: ServerResponse, context: ServerContext) => void;
  const server = createServer((req, res) => listener(req, res, { clientAddress: req.socket.remoteAddress ?? null }));
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
