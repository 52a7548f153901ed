import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type TrustFn = (address: string, hop: number) => boolean;

/**
 * Which proxies' `X-Forwarded-For` we believe (TRUST_PROXY). `loopback` (the default) fits the bundled dev and
 * preview proxies, which run on this machine and append the real client address; behind a load balancer name its
 * addresses or subnets (`10.0.0.0/8,fd00::/8`) or a hop count (`1`). `false` ignores the header entirely.
 * Anything a client writes into the header itself sits left of the last trusted hop and is never used.
 */
export function compileTrustProxy(setting: string): TrustFn {
  const value = setting.trim();
  if (/^(false|off|0|no|none)$/i.test(value)) return () => false;
  if (/^(true|on|yes)$/i.test(value)) return () => true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(list);
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be false, true, a hop count or a list of addresses/subnets (got ${setting}): ${(error as Error).message}`,
    );
  }
}

/** The address of the client that made this request (HTTP or a WebSocket upgrade), as far as trusted proxies say. */
export function clientIp(req: IncomingMessage, trust: TrustFn): string {
  try {
    return normalizeIp(proxyAddr(req as Parameters<typeof proxyAddr>[0], trust));
  } catch {
    return normalizeIp(req.socket.remoteAddress ?? 'unknown');
  }
}

/** `::ffff:1.2.3.4` and `1.2.3.4` are one client (one rate-limit bucket). */
const normalizeIp = (ip: string) => (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip);

/** A REST route's caller address and browser, under the app's `trust proxy` setting (the same TrustFn). */
export function requestOrigin(req: Request): { ip: string; userAgent: string } {
  return {
    ip: clientIp(req, req.app.get('trust proxy fn') as TrustFn),
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 500),
  };
}
