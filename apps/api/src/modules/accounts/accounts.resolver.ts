import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { setSessionCookie, STAFF_COOKIE } from '../../platform/auth/cookies';
import type { Context } from '../../platform/graphql/context';
import { ViewerType } from '../identity/identity.types';
import { SignUpInput, SignUpMode, signUpModeOf } from './accounts.types';

const originOf = (ctx: Context) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

@Resolver()
export class AccountsResolver {
  @Query(() => SignUpMode, { description: 'Whether the sign-in page offers "Create an account" (public).' })
  signUpMode(@Ctx() ctx: Context): SignUpMode {
    return signUpModeOf(ctx.services.accounts.signUpMode);
  }

  @Mutation(() => ViewerType, {
    description:
      'Creates an account, its workspace and OWNER membership, emails a verification link and signs in. FORBIDDEN unless SIGNUP=open.',
  })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<ViewerType> {
    const { userId, workspaceId, sessionToken } = await ctx.services.accounts.signUp(input, originOf(ctx));
    setSessionCookie(ctx.res, STAFF_COOKIE, sessionToken, ctx.cookieSettings);
    return ctx.services.identity.describe(userId, workspaceId);
  }

  @Mutation(() => Boolean, { description: 'Marks the email verified from the link sent to it (single use, 24 hours).' })
  async verifyEmail(@Arg('token') token: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.verifyEmail(token, originOf(ctx));
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Sends a new verification link to the signed-in user; false when the email is verified already.',
  })
  resendVerificationEmail(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = ctx.staff();
    return ctx.services.accounts.resendVerification(viewer.userId, viewer.workspaceId, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description: 'Emails a reset link when the address has an account; always answers true (rate limited).',
  })
  async requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.passwords.requestReset(email, originOf(ctx));
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link and ends every session of the account (no sign-in).',
  })
  async resetPassword(
    @Arg('token') token: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.passwords.reset(token, newPassword, originOf(ctx));
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session of the account.' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.passwords.change(ctx.staff(), currentPassword, newPassword, originOf(ctx));
    return true;
  }
}
