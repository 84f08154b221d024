import type { PluginHost } from '../types.ts';

/**
 * An allowed host is a host name (any port) or `host:port` (that port only), compared lower-case;
 * there are no wildcards, so a plugin cannot reach a neighbour of the host it declared.
 */
export function hostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowedHosts.some((entry) => {
    const [name, entryPort] = entry.toLowerCase().split(':');
    return name === hostname && (entryPort === undefined || entryPort === port);
  });
}

/**
 * The `http` capability when the caller gives no `host.fetch`: the platform's fetch, never following
 * a redirect (it could lead off the allow-list) and reading at most 256 KiB of the answer.
 */
export const defaultHttpFetch: NonNullable<PluginHost['fetch']> = async (url, init) => {
  const response = await fetch(url, {
    method: init.method,
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
    redirect: 'manual',
    signal: AbortSignal.timeout(5000),
  });
  const body = await response.text();
  return { status: response.status, body: body.slice(0, 256 * 1024) };
};
