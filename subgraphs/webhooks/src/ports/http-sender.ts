import http from 'node:http';
import https from 'node:https';
import { type DestinationPolicy, guardedLookup } from '../data/destinations.ts';

/** What one attempt got back: a status and the start of the body, or the error that prevented one. */
export interface SendOutcome {
  status: number | null;
  latencyMs: number;
  /** the first `RESPONSE_BODY_LIMIT` characters */
  body: string | null;
  error: string | null;
}

export const RESPONSE_BODY_LIMIT = 2_048;

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export type WebhookSender = (request: WebhookRequest) => Promise<SendOutcome>;

/**
 * POSTs a webhook with node:http(s): the connection goes only to an address the destination policy
 * allowed after resolution (its `lookup`), redirects are not followed (a 3xx is a failure), and the
 * whole exchange is bounded by `timeoutMs`. Connections are kept alive per origin.
 */
export function httpSender(policy: DestinationPolicy, timeoutMs: number): WebhookSender & { close(): void } {
  const lookup = guardedLookup(policy);
  const agents = {
    'http:': new http.Agent({ keepAlive: true, lookup } as http.AgentOptions),
    'https:': new https.Agent({ keepAlive: true, lookup } as https.AgentOptions),
  };
  const send: WebhookSender = (request) =>
    new Promise((resolve) => {
      const started = performance.now();
      const done = (outcome: Omit<SendOutcome, 'latencyMs'>) =>
        resolve({ ...outcome, latencyMs: Math.round(performance.now() - started) });
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return done({ status: null, body: null, error: 'invalid URL' });
      }
      const agent = url.protocol === 'https:' ? agents['https:'] : url.protocol === 'http:' ? agents['http:'] : null;
      if (!agent) return done({ status: null, body: null, error: `unsupported scheme ${url.protocol}` });
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: 'POST',
          agent,
          lookup,
          headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
          signal: AbortSignal.timeout(timeoutMs),
        } as http.RequestOptions,
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < RESPONSE_BODY_LIMIT * 4) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BODY_LIMIT);
            done({ status: res.statusCode ?? null, body: text, error: null });
          });
          res.on('error', (error) => done({ status: res.statusCode ?? null, body: null, error: describe(error) }));
        },
      );
      req.on('error', (error) => done({ status: null, body: null, error: describe(error, timeoutMs) }));
      req.end(request.body);
    });
  return Object.assign(send, {
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}

function describe(error: unknown, timeoutMs?: number): string {
  if (error instanceof Error) {
    if (error.name === 'AbortError' || error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
    const code = (error as NodeJS.ErrnoException).code;
    return `${error.name === 'DestinationRefused' ? 'destination refused' : (code ?? error.name)}: ${error.message}`.slice(
      0,
      500,
    );
  }
  return String(error).slice(0, 500);
}
