import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { ContactType } from '../clients/client.types';
import { ClientPortalSettingsType, UpdateClientPortalSettingsInput } from './portal-settings.types';

/** The client's "Portal" tab in the admin. */
@Authorized('portal.manage')
@Resolver()
export class PortalSettingsResolver {
  @Query(() => ClientPortalSettingsType)
  clientPortalSettings(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.portalSettings.get(ctx.scope(), clientId);
  }

  @Mutation(() => ClientPortalSettingsType, {
    description: "Partial update; projectIds must be the client's projects.",
  })
  updateClientPortalSettings(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('input', () => UpdateClientPortalSettingsInput) input: UpdateClientPortalSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalSettings.update(ctx.scope(), clientId, input, ctx.staff().userId, ctx);
  }

  @Mutation(() => ClientPortalSettingsType, {
    description: 'A new portal URL for the client; the old one stops working.',
  })
  regenerateClientPortalKey(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.portalSettings.regenerateKey(ctx.scope(), clientId);
  }

  @Mutation(() => ContactType, { description: 'Turns portal access on and emails a single-use invitation link.' })
  inviteContactToPortal(@Arg('contactId', () => ID) contactId: string, @Ctx() ctx: Context) {
    return ctx.services.portalInvitations.invite(ctx.scope(), contactId, ctx.staff().userId, ctx);
  }

  @Mutation(() => ContactType, { description: "Turns portal access off; the contact's sessions end at once." })
  revokePortalAccess(@Arg('contactId', () => ID) contactId: string, @Ctx() ctx: Context) {
    return ctx.services.portalInvitations.revoke(ctx.scope(), contactId, ctx.staff().userId, ctx);
  }
}
