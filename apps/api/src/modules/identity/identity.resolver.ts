import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { setSessionCookie, STAFF_COOKIE } from '../../platform/auth/cookies';
import type { Context } from '../../platform/graphql/context';
import { openStaffSession, startTwoFactorChallenge } from '../two-factor/sign-in-steps';
import { SignInResultType, ViewerType, WorkspaceMemberType } from './identity.types';

@Resolver()
export class IdentityResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in staff member, or null when signed out.' })
  me(@Ctx() ctx: Context): Promise<ViewerType> | null {
    return ctx.viewer.kind === 'staff'
      ? ctx.services.identity.describe(ctx.viewer.userId, ctx.viewer.workspaceId)
      : null;
  }

  @Authorized()
  @Query(() => [WorkspaceMemberType], {
    description: 'Staff of the current workspace, by name (account manager picker).',
  })
  workspaceMembers(@Ctx() ctx: Context): Promise<WorkspaceMemberType[]> {
    return ctx.services.identity.workspaceMembers(ctx.scope());
  }

  @Mutation(() => SignInResultType, {
    description:
      'The password step. Opens the session, or, for an account with two-factor on, sets a 5-minute challenge ' +
      'cookie and answers twoFactorRequired (then verifySignInCode).',
  })
  async signIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<SignInResultType> {
    const origin = { ip: ctx.ip, userAgent: ctx.userAgent };
    const { userId, workspaceId } = await ctx.services.identity.authenticate(email, password, origin);
    if (await ctx.services.twoFactor.isEnabled(userId)) {
      await startTwoFactorChallenge(ctx, userId, workspaceId);
      return { viewer: null, twoFactorRequired: true };
    }
    return { viewer: await openStaffSession(ctx, userId, workspaceId), twoFactorRequired: false };
  }

  @Authorized()
  @Mutation(() => ViewerType)
  async switchWorkspace(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: Context): Promise<ViewerType> {
    const viewer = ctx.staff();
    await ctx.services.identity.assertMember(viewer.userId, workspaceId);
    const token = await ctx.services.sessions.reissue(viewer.userId, workspaceId, viewer.sessionId!);
    setSessionCookie(ctx.res, STAFF_COOKIE, token, ctx.cookieSettings);
    return ctx.services.identity.describe(viewer.userId, workspaceId);
  }
}
