import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may go: http(s) only, and never to loopback, private (RFC 1918), link-local, CGNAT,
 * unique-local, unspecified, multicast or reserved addresses, unless the development setting
 * WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS allows them (tests and `npm start` run on loopback). Checked on
 * create and update (the URL and any IP literal in it) and again at delivery time on every address
 * the host name resolves to (`guardedLookup`), so a name that later resolves inward is refused too.
 */
export interface DestinationPolicy {
  allowPrivate: boolean;
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one a webhook may never reach in production. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true;
}

export type UrlProblem = { code: 'INVALID_URL' | 'DESTINATION_NOT_ALLOWED'; message: string };

/** What is wrong with an endpoint URL before any resolution, or null. */
export function urlProblem(raw: string, policy: DestinationPolicy): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: 'INVALID_URL', message: 'Not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { code: 'INVALID_URL', message: 'Only http and https URLs receive webhooks' };
  }
  if (url.username || url.password) return { code: 'INVALID_URL', message: 'Credentials in the URL are not allowed' };
  if (policy.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
    return { code: 'DESTINATION_NOT_ALLOWED', message: 'Local host names are not allowed' };
  }
  if (isIP(host) && isPrivateAddress(host)) {
    return { code: 'DESTINATION_NOT_ALLOWED', message: 'Loopback, private and link-local addresses are not allowed' };
  }
  return null;
}

export class DestinationRefused extends Error {
  override name = 'DestinationRefused';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) that refuses private addresses after resolution: the connection goes
 * to exactly the address that was checked (no second resolution a rebinding name could change).
 */
export function guardedLookup(policy: DestinationPolicy) {
  return (hostname: string, options: { all?: boolean } & Record<string, unknown>, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const refused = !policy.allowPrivate && list.find((entry) => isPrivateAddress(entry.address));
      if (refused) {
        return callback(new DestinationRefused(`${hostname} resolves to a private address (${refused.address})`), []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new DestinationRefused(`${hostname} did not resolve`), []);
      return callback(null, first.address, first.family);
    });
  };
}
