import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { clearSessionCookie, PORTAL_COOKIE, setSessionCookie } from '../../platform/auth/cookies';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { PortalClientType, PortalPublicBrandingType, PortalViewerType } from './portal.types';

@Resolver()
export class PortalResolver {
  @Query(() => PortalViewerType, { nullable: true, description: 'The signed-in portal contact, or null.' })
  portalMe(@Ctx() ctx: Context) {
    return ctx.viewer.kind === 'portal' ? ctx.services.portalAuth.describe(ctx.viewer) : null;
  }

  @Authorized(PORTAL)
  @Query(() => PortalClientType)
  async myClient(@Ctx() ctx: Context): Promise<PortalClientType> {
    // The scope of a portal session reaches only its own client.
    const client = await ctx.services.clients.get(ctx.scope(), ctx.portal().clientId);
    return { id: client.id, name: client.name, status: client.status };
  }

  @Mutation(() => Boolean, { description: 'Always true: the answer never tells whether the email has portal access.' })
  async requestMagicLink(
    @Arg('email') email: string,
    @Ctx() ctx: Context,
    @Arg('workspaceSlug', () => String, {
      nullable: true,
      description: "With clientKey: only that client's contact gets a link.",
    })
    workspaceSlug?: string | null,
    @Arg('clientKey', () => String, { nullable: true }) clientKey?: string | null,
  ): Promise<boolean> {
    const entry = workspaceSlug && clientKey ? { workspaceSlug, clientKey } : null;
    await ctx.services.portalAuth.requestLink(email, ctx.ip, entry);
    return true;
  }

  @Query(() => PortalPublicBrandingType, {
    nullable: true,
    description:
      "Public: the agency's branding and the client's name and language for a client's portal URL; null when unknown.",
  })
  portalBranding(
    @Arg('workspaceSlug') workspaceSlug: string,
    @Arg('clientKey') clientKey: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalAuth.publicBranding({ workspaceSlug, clientKey }, ctx.ip);
  }

  @Mutation(() => PortalViewerType, {
    description: 'Accepts an emailed portal invitation (single use) and signs the contact in.',
  })
  async acceptPortalInvitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<PortalViewerType> {
    return this.signInWith(await ctx.services.portalAuth.consume(token, 'INVITE'), ctx);
  }

  @Mutation(() => PortalViewerType)
  async consumeMagicLink(@Arg('token') token: string, @Ctx() ctx: Context): Promise<PortalViewerType> {
    return this.signInWith(await ctx.services.portalAuth.consume(token), ctx);
  }

  private async signInWith(
    session: { contactId: string; clientId: string; workspaceId: string },
    ctx: Context,
  ): Promise<PortalViewerType> {
    const jwt = await ctx.services.tokens.sign({
      kind: 'portal',
      sub: session.contactId,
      cid: session.clientId,
      ws: session.workspaceId,
    });
    setSessionCookie(ctx.res, PORTAL_COOKIE, jwt, ctx.cookieSettings);
    return ctx.services.portalAuth.describe(session);
  }

  @Mutation(() => Boolean)
  portalSignOut(@Ctx() ctx: Context): boolean {
    clearSessionCookie(ctx.res, PORTAL_COOKIE, ctx.cookieSettings);
    return true;
  }
}
