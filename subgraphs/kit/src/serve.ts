import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ONLY_TLS_1_3, type ServerTls } from './tls.ts';

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
    tls?: {
      cert: string;
      key: string;
      ca?: string[];
      requestCert?: boolean;
      rejectUnauthorized?: boolean;
      secureOptions?: number;
    };
    fetch(request: Request, server: BunServer): Response | Promise<Response>;
  }): BunServer;
}

/**
 * Serves a Yoga (or any fetch handler): listens on Bun's native server when on Bun, node:http otherwise; `port: 0` picks a free port.
 * `shared`: several processes serve this port (a clustered gateway). Node's cluster module shares the
 * socket by itself; Bun's server needs SO_REUSEPORT, with which the kernel spreads connections.
 * `tls`: HTTPS, TLS 1.3 only; with `requireClientCertificate` a client without a certificate from
 * `ca` fails the handshake, so its request never reaches the handler (nor the internal-token check).
 */
export async function serve(
  handler: FetchHandler & ((...args: never[]) => unknown),
  options: { port: number; host: string; shared?: boolean; tls?: ServerTls | null },
): Promise<RunningServer> {
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const scheme = options.tls ? 'https' : 'http';
  const clientAuth = options.tls?.requireClientCertificate === true;
  if (clientAuth && !options.tls?.ca?.length) throw new Error('client certificates required but no CA to check them');
  const bun = (globalThis as { Bun?: BunRuntime }).Bun;
  if (bun) {
    const server = bun.serve({
      port: options.port,
      hostname: options.host,
      ...(options.shared ? { reusePort: true } : {}),
      ...(options.tls
        ? {
            tls: {
              cert: options.tls.cert,
              key: options.tls.key,
              ...(options.tls.ca?.length ? { ca: options.tls.ca } : {}),
              requestCert: clientAuth,
              rejectUnauthorized: clientAuth,
              // Bun.serve has no minVersion: OpenSSL's options turn everything below TLS 1.3 off
              secureOptions: ONLY_TLS_1_3,
            },
          }
        : {}),
      fetch: (request, server) => handler.fetch(request, { clientAddress: server.requestIP(request)?.address ?? null }),
    });
    return {
      url: `${scheme}://${shown}:${server.port}/graphql`,
      port: server.port,
      async close() {
        await server.stop(true);
      },
    };
  }
  // Yoga is itself a node:http request listener; extra arguments become its server context
  const listener = handler as unknown as (req: IncomingMessage, res: ServerResponse, context: ServerContext) => void;
  const serveRequest = (req: IncomingMessage, res: ServerResponse) =>
    listener(req, res, { clientAddress: req.socket.remoteAddress ?? null });
  const server = options.tls
    ? createSecureServer(
        {
          cert: options.tls.cert,
          key: options.tls.key,
          ...(options.tls.ca?.length ? { ca: options.tls.ca } : {}),
          minVersion: 'TLSv1.3',
          requestCert: clientAuth,
          rejectUnauthorized: clientAuth,
        },
        serveRequest,
      )
    : createServer(serveRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://${shown}:${port}/graphql`,
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
