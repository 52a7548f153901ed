import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '@clientflow/domain';
import { clearSessionCookie, setSessionCookie, STAFF_COOKIE } from '../../platform/auth/cookies';
import type { Context } from '../../platform/graphql/context';
import { RoleEnum, ViewerType } from '../identity/identity.types';
import type { TeamCaller } from './team.service';
import {
  AcceptInvitationInput,
  InvitationPreviewType,
  InviteMemberInput,
  TeamInvitationType,
  TeamMemberType,
} from './team.types';

const callerOf = (ctx: Context): TeamCaller & { role: Role } => {
  const viewer = ctx.staff();
  return { userId: viewer.userId, workspaceId: viewer.workspaceId, role: viewer.role, audit: ctx };
};

/** Settings → Team: members, roles, removal, ownership, invitations; and the public accept-invitation flow. */
@Resolver()
export class TeamResolver {
  @Authorized('members.manage')
  @Query(() => [TeamMemberType], { description: 'Members of the workspace, owners first (owners and admins).' })
  teamMembers(@Ctx() ctx: Context): Promise<TeamMemberType[]> {
    return ctx.services.team.members(ctx.staff().workspaceId);
  }

  @Authorized('members.manage')
  @Query(() => [TeamInvitationType], { description: 'Invitations not accepted or revoked yet (pending and expired).' })
  teamInvitations(@Ctx() ctx: Context): Promise<TeamInvitationType[]> {
    return ctx.services.invitations.list(ctx.staff().workspaceId);
  }

  @Authorized('members.manage')
  @Mutation(() => TeamInvitationType, { description: 'Emails a 7-day, single-use invitation link.' })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context) {
    return ctx.services.invitations.invite(callerOf(ctx), input.email, input.role);
  }

  @Authorized('members.manage')
  @Mutation(() => TeamInvitationType, { description: 'A new link for 7 more days; the previous link stops working.' })
  resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.invitations.resend(callerOf(ctx), id);
  }

  @Authorized('members.manage')
  @Mutation(() => Boolean)
  async revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.invitations.revoke(callerOf(ctx), id);
    return true;
  }

  @Query(() => InvitationPreviewType, {
    nullable: true,
    description: 'Public: what an invitation link is for (null for an unknown link). Rate limited per IP.',
  })
  invitationPreview(@Arg('token') token: string, @Ctx() ctx: Context) {
    return ctx.services.invitations.preview(token, ctx.ip, ctx.viewer.kind === 'staff' ? ctx.viewer.userId : null);
  }

  @Mutation(() => ViewerType, {
    description:
      'Public: joins the workspace of the invitation. A new email gives name and password (an account is created); ' +
      'an existing account must be signed in as the invited email. Signs in to that workspace.',
  })
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const origin = { ip: ctx.ip, userAgent: ctx.userAgent };
    const viewer = ctx.viewer.kind === 'staff' ? ctx.viewer : null;
    const { userId, workspaceId } = await ctx.services.invitations.accept(
      input.token,
      { viewerUserId: viewer?.userId ?? null, name: input.name, password: input.password },
      origin,
    );
    // The invitee's own browser keeps its session, now in the new workspace; anyone else gets a new session.
    const token =
      viewer && viewer.userId === userId && viewer.sessionId
        ? await ctx.services.sessions.reissue(userId, workspaceId, viewer.sessionId)
        : (await ctx.services.sessions.open(userId, workspaceId, origin)).token;
    setSessionCookie(ctx.res, STAFF_COOKIE, token, ctx.cookieSettings);
    return ctx.services.identity.describe(userId, workspaceId);
  }

  @Authorized('members.manage')
  @Mutation(() => TeamMemberType, { description: "Changes a member's role (the team rules decide who may)." })
  async changeMemberRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: Context,
  ): Promise<TeamMemberType> {
    await ctx.services.team.changeRole(callerOf(ctx), userId, role);
    return this.member(ctx, userId);
  }

  @Authorized('members.manage')
  @Mutation(() => Boolean, {
    description:
      'Removes a member: their sessions in this workspace end at once. Required when they manage clients: ' +
      'the member who takes them over.',
  })
  async removeMember(
    @Arg('userId', () => ID) userId: string,
    @Arg('reassignClientsTo', () => ID, { nullable: true }) reassignClientsTo: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.team.remove(callerOf(ctx), userId, reassignClientsTo ?? null);
    return true;
  }

  @Authorized()
  @Mutation(() => ViewerType, {
    nullable: true,
    description:
      'Leaves this workspace (not its last owner). Answers the next workspace the session switched to, or null ' +
      '(signed out) when there is none.',
  })
  async leaveWorkspace(
    @Arg('reassignClientsTo', () => ID, { nullable: true }) reassignClientsTo: string | null,
    @Ctx() ctx: Context,
  ): Promise<ViewerType | null> {
    const caller = callerOf(ctx);
    await ctx.services.team.leave(caller, reassignClientsTo ?? null);
    const next = await ctx.services.team.anotherWorkspace(caller.userId, caller.workspaceId);
    const sessionId = ctx.staff().sessionId;
    if (!next || !sessionId) {
      if (sessionId) await ctx.services.sessions.revoke(caller.userId, sessionId, 'SIGN_OUT').catch(() => undefined);
      clearSessionCookie(ctx.res, STAFF_COOKIE, ctx.cookieSettings);
      return null;
    }
    setSessionCookie(
      ctx.res,
      STAFF_COOKIE,
      await ctx.services.sessions.reissue(caller.userId, next, sessionId),
      ctx.cookieSettings,
    );
    return ctx.services.identity.describe(caller.userId, next);
  }

  @Authorized('members.manage')
  @Mutation(() => Boolean, { description: 'Makes another member OWNER; you become ADMIN (owners only).' })
  async transferOwnership(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.team.transferOwnership(callerOf(ctx), userId);
    return true;
  }

  private async member(ctx: Context, userId: string): Promise<TeamMemberType> {
    const members = await ctx.services.team.members(ctx.staff().workspaceId);
    return members.find((m) => m.id === userId)!;
  }
}
