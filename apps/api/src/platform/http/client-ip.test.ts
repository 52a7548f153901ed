import type { IncomingMessage } from 'node:http';
import { clientIp, compileTrustProxy } from './client-ip';

const req = (remote: string, xff?: string) =>
  ({
    socket: { remoteAddress: remote },
    connection: { remoteAddress: remote },
    headers: xff ? { 'x-forwarded-for': xff } : {},
  }) as unknown as IncomingMessage;

describe('client IP behind proxies', () => {
  it('loopback (default): the address the local proxy appended, never what the visitor wrote', () => {
    const trust = compileTrustProxy('loopback');
    expect(clientIp(req('127.0.0.1', '203.0.113.7'), trust)).toBe('203.0.113.7');
    expect(clientIp(req('127.0.0.1', '6.6.6.6, 203.0.113.7'), trust)).toBe('203.0.113.7');
    // A direct visitor's own header is ignored: it did not come through a trusted proxy.
    expect(clientIp(req('203.0.113.7', '6.6.6.6'), trust)).toBe('203.0.113.7');
    expect(clientIp(req('::ffff:127.0.0.1'), trust)).toBe('127.0.0.1');
  });

  it('false ignores the header; a subnet list trusts only the load balancer; a hop count trusts that many', () => {
    expect(clientIp(req('127.0.0.1', '203.0.113.7'), compileTrustProxy('false'))).toBe('127.0.0.1');
    const lb = compileTrustProxy('10.0.0.0/8');
    expect(clientIp(req('10.1.2.3', '6.6.6.6, 203.0.113.7'), lb)).toBe('203.0.113.7');
    expect(clientIp(req('198.51.100.1', '203.0.113.7'), lb)).toBe('198.51.100.1');
    expect(clientIp(req('10.1.2.3', '6.6.6.6, 203.0.113.7'), compileTrustProxy('2'))).toBe('6.6.6.6');
  });

  it('refuses a setting it cannot read', () => {
    expect(() => compileTrustProxy('not-an-address')).toThrow(/TRUST_PROXY/);
  });
});
