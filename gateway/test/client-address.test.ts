import { describe, expect, it } from 'vitest';
import { clientAddressResolver } from '../src/client-address.ts';

describe('the client address', () => {
  const behind = clientAddressResolver(['10.0.0.0/8', '::1', 'fd00::/8']);
  const direct = clientAddressResolver([]);

  it('is the socket peer when no proxy is trusted, whatever x-forwarded-for claims', () => {
    expect(direct('198.51.100.4', '203.0.113.1')).toBe('198.51.100.4');
    expect(direct('::ffff:198.51.100.4', null)).toBe('198.51.100.4');
    expect(direct(null, '203.0.113.1')).toBeNull();
    expect(behind('198.51.100.4', '203.0.113.1')).toBe('198.51.100.4');
  });

  it('behind trusted proxies, is the rightmost address that is not one of them', () => {
    expect(behind('10.1.2.3', '203.0.113.1')).toBe('203.0.113.1');
    expect(behind('10.1.2.3', '192.0.2.9, 203.0.113.1, 10.4.4.4')).toBe('203.0.113.1');
    expect(behind('::ffff:10.1.2.3', '203.0.113.1')).toBe('203.0.113.1');
    expect(behind('::1', '2001:db8::7')).toBe('2001:db8::7');
    expect(behind('fd12:3456::1', '[2001:db8::8]')).toBe('2001:db8::8');
    // nothing forwarded, or only trusted hops: the last trusted hop
    expect(behind('10.1.2.3', null)).toBe('10.1.2.3');
    expect(behind('10.1.2.3', '10.9.9.9')).toBe('10.9.9.9');
  });

  it('stops at garbage in the header: the hop that wrote it is the client', () => {
    expect(behind('10.1.2.3', 'not-an-address')).toBe('10.1.2.3');
    expect(behind('10.1.2.3', '203.0.113.1, <script>, 10.2.2.2')).toBe('10.2.2.2');
  });
});
