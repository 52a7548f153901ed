import type { Response } from 'express';
import { parse } from 'cookie';
import type { IncomingMessage } from 'node:http';

export const STAFF_COOKIE = 'cf_session';
export const PORTAL_COOKIE = 'cf_portal';
export const APP_HEADER = 'x-clientflow-app';

export const readCookies = (req: IncomingMessage): Record<string, string | undefined> =>
  parse(req.headers.cookie ?? '');

export interface CookieSettings {
  secure: boolean;
  maxAgeMs: number;
}

export function setSessionCookie(res: Response, name: string, value: string, s: CookieSettings) {
  res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure: s.secure, path: '/', maxAge: s.maxAgeMs });
}

export function clearSessionCookie(res: Response, name: string, s: Pick<CookieSettings, 'secure'>) {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: s.secure, path: '/' });
}
