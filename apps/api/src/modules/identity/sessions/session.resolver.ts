import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { clearSessionCookie, STAFF_COOKIE } from '../../../platform/auth/cookies';
import type { Context } from '../../../platform/graphql/context';
import { deviceLabel } from '../../../platform/lib/device-label';
import { UserSessionType } from './session.types';

@Resolver()
export class SessionResolver {
  @Authorized()
  @Query(() => [UserSessionType], { description: 'Browsers signed in to your account, most recently seen first.' })
  async mySessions(@Ctx() ctx: Context): Promise<UserSessionType[]> {
    const viewer = ctx.staff();
    const sessions = await ctx.services.sessions.list(viewer.userId);
    return sessions.map((s) => ({
      id: s.id,
      device: deviceLabel(s.userAgent),
      ip: s.ip,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      current: s.id === viewer.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends this session on the server and clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'staff' && ctx.viewer.sessionId) {
      await ctx.services.sessions.revoke(ctx.viewer.userId, ctx.viewer.sessionId, 'SIGN_OUT').catch(() => undefined);
    }
    clearSessionCookie(ctx.res, STAFF_COOKIE, ctx.cookieSettings);
    return true;
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Ends every session of your account, this one included. Answers how many.' })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<number> {
    const viewer = ctx.staff();
    const ended = await ctx.services.sessions.revokeAll(viewer.userId, 'SIGN_OUT_ALL');
    await ctx.services.audit.record({
      workspaceId: viewer.workspaceId,
      action: 'session.revokedAll',
      actor: ctx,
      changes: { sessions: ended },
    });
    clearSessionCookie(ctx.res, STAFF_COOKIE, ctx.cookieSettings);
    return ended;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends one of your other sessions (e.g. a lost laptop).' })
  async revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = ctx.staff();
    await ctx.services.sessions.revoke(viewer.userId, id, 'REVOKED');
    await ctx.services.audit.record({
      workspaceId: viewer.workspaceId,
      action: 'session.revoked',
      actor: ctx,
      target: { type: 'session', id },
    });
    if (id === viewer.sessionId) clearSessionCookie(ctx.res, STAFF_COOKIE, ctx.cookieSettings);
    return true;
  }
}
