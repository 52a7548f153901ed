import type { IncomingMessage } from 'node:http';
import { clearSessionCookie, readCookies, setSessionCookie, STAFF_COOKIE } from '../../platform/auth/cookies';
import { TWO_FACTOR_CHALLENGE_TTL_SECONDS, type TwoFactorChallengeClaims } from '../../platform/auth/session-token';
import type { Context } from '../../platform/graphql/context';
import type { ViewerType } from '../identity/identity.types';

/** The half-way sign-in cookie (password right, code due): httpOnly, 5 minutes, useless as a session. */
export const TWO_FACTOR_COOKIE = 'cf_2fa';

/** After the password, for a user with two-factor on: no session yet, only the challenge cookie. */
export async function startTwoFactorChallenge(ctx: Context, userId: string, workspaceId: string): Promise<void> {
  const token = await ctx.services.tokens.signTwoFactorChallenge({ sub: userId, ws: workspaceId });
  setSessionCookie(ctx.res, TWO_FACTOR_COOKIE, token, {
    secure: ctx.cookieSettings.secure,
    maxAgeMs: TWO_FACTOR_CHALLENGE_TTL_SECONDS * 1000,
  });
}

/** The request's valid challenge, or null (none, expired, forged, or a session token in its place). */
export async function readTwoFactorChallenge(ctx: Context): Promise<TwoFactorChallengeClaims | null> {
  // Context carries the express response for HTTP operations; its request holds the cookies.
  const req = (ctx.res as { req?: IncomingMessage }).req;
  const token = req ? readCookies(req)[TWO_FACTOR_COOKIE] : undefined;
  return token ? ctx.services.tokens.verifyTwoFactorChallenge(token) : null;
}

export function clearTwoFactorChallenge(ctx: Context): void {
  clearSessionCookie(ctx.res, TWO_FACTOR_COOKIE, ctx.cookieSettings);
}

/**
 * The end of every successful staff sign-in: the session row and its cookie, the last sign-in time and audit row,
 * and the new-device notice (decided before the new session exists, which would match itself).
 */
export async function openStaffSession(ctx: Context, userId: string, workspaceId: string): Promise<ViewerType> {
  const origin = { ip: ctx.ip, userAgent: ctx.userAgent };
  const newDevice = await ctx.services.newDeviceNotice.isNewDevice(userId, origin);
  const { token } = await ctx.services.sessions.open(userId, workspaceId, origin);
  await ctx.services.identity.signedIn(userId, origin);
  if (newDevice) await ctx.services.newDeviceNotice.send(userId, workspaceId, origin);
  setSessionCookie(ctx.res, STAFF_COOKIE, token, ctx.cookieSettings);
  return ctx.services.identity.describe(userId, workspaceId);
}
