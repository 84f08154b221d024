import { isIP } from 'node:net';

/**
 * Who is on the other end of a request. The socket's peer is the client, unless that peer is one of
 * the configured trusted proxies (`TRUSTED_PROXIES`): then `x-forwarded-for` is read from the right,
 * skipping the trusted hops, and the first address not trusted is the client. An `x-forwarded-for`
 * from anyone else is ignored, so a caller cannot choose its own rate-limit bucket.
 */
export type ClientAddressResolver = (
  socketAddress: string | null | undefined,
  forwardedFor: string | null | undefined,
) => string | null;

export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddressResolver {
  const trusted = trustedProxies.map(parseRange);
  const isTrusted = (address: string) => {
    const parsed = parseAddress(address);
    return parsed !== null && trusted.some((range) => contains(range, parsed));
  };
  return (socketAddress, forwardedFor) => {
    const peer = socketAddress ? normalise(socketAddress) : null;
    if (!peer || !isTrusted(peer) || !forwardedFor) return peer;
    const hops = forwardedFor
      .split(',')
      .map((hop) => normalise(hop.trim()))
      .filter((hop) => hop.length > 0);
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] as string;
      // garbage in the header came from the far side of the last proxy we trust
      if (isIP(hop) === 0) break;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}

/** Checks `TRUSTED_PROXIES` entries; returns the entries that are neither an address nor a CIDR range. */
export function invalidProxyEntries(entries: readonly string[]): string[] {
  return entries.filter((entry) => {
    try {
      parseRange(entry);
      return false;
    } catch {
      return true;
    }
  });
}

interface Parsed {
  version: 4 | 6;
  value: bigint;
}

interface Range extends Parsed {
  prefix: number;
}

/** `::ffff:10.0.0.1` (Node's dual-stack sockets) is 10.0.0.1; a zone or port suffix is dropped. */
function normalise(address: string): string {
  let value = address.trim();
  if (value.startsWith('[')) value = value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined);
  const zone = value.indexOf('%');
  if (zone > 0) value = value.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped?.[1]) return mapped[1];
  return value.toLowerCase();
}

function parseRange(entry: string): Range {
  const [address = '', prefixText] = entry.trim().split('/');
  const parsed = parseAddress(normalise(address));
  if (!parsed) throw new Error(`not an address: ${entry}`);
  const bits = parsed.version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!/^\d*$/.test(prefixText ?? '') || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new Error(`bad prefix: ${entry}`);
  }
  return { ...parsed, prefix };
}

function contains(range: Range, address: Parsed): boolean {
  if (range.version !== address.version) return false;
  const bits = BigInt(range.version === 4 ? 32 : 128);
  const shift = bits - BigInt(range.prefix);
  return range.value >> shift === address.value >> shift;
}

function parseAddress(address: string): Parsed | null {
  const version = isIP(address);
  if (version === 4) {
    return { version: 4, value: address.split('.').reduce((sum, octet) => (sum << 8n) + BigInt(Number(octet)), 0n) };
  }
  if (version !== 6) return null;
  let text = address;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded?.[1]) {
    const v4 = parseAddress(embedded[1]);
    if (!v4) return null;
    const high = (v4.value >> 16n).toString(16);
    const low = (v4.value & 0xffffn).toString(16);
    text = `${text.slice(0, -embedded[1].length)}${high}:${low}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(missing).fill('0'), ...tailGroups];
  if (groups.length !== 8) return null;
  return { version: 6, value: groups.reduce((sum, group) => (sum << 16n) + BigInt(Number.parseInt(group, 16)), 0n) };
}
