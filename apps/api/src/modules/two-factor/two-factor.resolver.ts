import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, unauthenticated } from '@clientflow/domain';
import { TWO_FACTOR_SETUP } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { UserType, ViewerType, WorkspaceType } from '../identity/identity.types';
import { clearTwoFactorChallenge, openStaffSession, readTwoFactorChallenge } from './sign-in-steps';
import type { TwoFactorCaller } from './two-factor.service';
import { TwoFactorPolicyType, TwoFactorSetupType, TwoFactorStatusType } from './two-factor.types';

const caller = (ctx: Context): TwoFactorCaller => ({ ip: ctx.ip, userAgent: ctx.userAgent, viewer: ctx.staff() });

const codeArg = (code: string) => {
  const trimmed = code.trim();
  if (!trimmed) throw badInput('code', 'Enter the code');
  if (trimmed.length > 64) throw badInput('code', 'That code is not right');
  return trimmed;
};

@Resolver()
export class TwoFactorResolver {
  @Authorized(TWO_FACTOR_SETUP)
  @Query(() => TwoFactorStatusType, { description: 'Your two-factor authentication: on or off, codes left.' })
  twoFactorStatus(@Ctx() ctx: Context): Promise<TwoFactorStatusType> {
    return ctx.services.twoFactor.status(ctx.staff().userId);
  }

  @Authorized(TWO_FACTOR_SETUP)
  @Mutation(() => TwoFactorSetupType, {
    description: 'Starts (or restarts) the setup: a new secret as a QR code and as text, pending until confirmed.',
  })
  startTwoFactorSetup(@Ctx() ctx: Context): Promise<TwoFactorSetupType> {
    return ctx.services.twoFactor.startSetup(ctx.staff().userId);
  }

  @Authorized(TWO_FACTOR_SETUP)
  @Mutation(() => [String], {
    description:
      'Turns two-factor on with a code from the app. Answers 10 recovery codes, shown this once. Ends your other sessions.',
  })
  confirmTwoFactorSetup(@Arg('code') code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.twoFactor.confirmSetup(caller(ctx), codeArg(code));
  }

  @Authorized()
  @Mutation(() => [String], {
    description: 'New recovery codes (the old ones stop working), with a code from the app.',
  })
  regenerateRecoveryCodes(@Arg('code') code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.twoFactor.regenerateRecoveryCodes(caller(ctx), codeArg(code));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Turns two-factor off with your password and a code (app or recovery). Ends your other sessions. Where the ' +
      'workspace requires two-factor, the app then asks you to set it up again.',
  })
  async disableTwoFactor(
    @Arg('password') password: string,
    @Arg('code') code: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    if (!password) throw badInput('password', 'Enter your password');
    await ctx.services.twoFactor.disable(caller(ctx), password, codeArg(code));
    return true;
  }

  @Mutation(() => ViewerType, {
    description: 'The second step of signing in: a code from the app, or a recovery code. Opens the session.',
  })
  async verifySignInCode(@Arg('code') code: string, @Ctx() ctx: Context): Promise<ViewerType> {
    const challenge = await readTwoFactorChallenge(ctx);
    if (!challenge) throw unauthenticated('Your sign-in expired. Enter your password again.');
    const origin = { ip: ctx.ip, userAgent: ctx.userAgent };
    await ctx.services.twoFactor.verifySignIn(challenge, codeArg(code), origin);
    await ctx.services.identity.assertMember(challenge.sub, challenge.ws);
    clearTwoFactorChallenge(ctx);
    return openStaffSession(ctx, challenge.sub, challenge.ws);
  }

  @Authorized('workspace.manage')
  @Query(() => TwoFactorPolicyType, { description: "The workspace's two-factor rule (OWNER and ADMIN)." })
  workspaceTwoFactorPolicy(@Ctx() ctx: Context): Promise<TwoFactorPolicyType> {
    return ctx.services.twoFactor.policy(ctx.staff().workspaceId);
  }

  @Authorized('workspace.manage')
  @Mutation(() => WorkspaceType, {
    description: 'OWNER only: require two-factor from every member (turning it on needs it on your own account).',
  })
  setWorkspaceTwoFactorRequired(@Arg('required') required: boolean, @Ctx() ctx: Context): Promise<WorkspaceType> {
    return ctx.services.twoFactor.setWorkspaceRequired(caller(ctx), required);
  }
}

@Resolver(() => UserType)
export class UserTwoFactorResolver {
  @FieldResolver(() => Boolean, { description: 'Two-factor authentication is on for this account.' })
  twoFactorEnabled(@Root() user: UserType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.twoFactorEnabled.load(user.id);
  }
}

@Resolver(() => ViewerType)
export class ViewerTwoFactorResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The workspace requires two-factor and you have not set it up: until you do, only me, the setup and sign-out work.',
  })
  async twoFactorSetupRequired(@Root() viewer: ViewerType, @Ctx() ctx: Context): Promise<boolean> {
    if (!viewer.workspace.requireTwoFactor) return false;
    return !(await ctx.loaders.twoFactorEnabled.load(viewer.user.id));
  }
}
