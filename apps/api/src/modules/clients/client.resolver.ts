import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { socialLinksList, type ClientStatus } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { UserType } from '../identity/identity.types';
import type { Client } from './client.entity';
import { PageInput } from './client-list.inputs';
import { CreateClientInput, UpdateClientInput } from './client.inputs';
import { AddressType, ClientPageType, ClientStatusEnum, ClientType, ContactType, SocialLinkType } from './client.types';

@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientResolver {
  @Query(() => ClientType)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.clients.get(ctx.scope(), id);
  }

  @Authorized('client.create')
  @Mutation(() => ClientType)
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: Context) {
    return ctx.services.clients.create(ctx.scope(), input);
  }

  @Authorized('client.edit')
  @Mutation(() => ClientType)
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clients.update(ctx.scope(), id, input, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => ClientType, {
    description: 'Moves the client along the status pipeline; writes a STATUS_CHANGE timeline event.',
  })
  changeClientStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ClientStatusEnum) status: ClientStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clients.changeStatus(ctx.scope(), id, status, reason ?? null, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => ClientType, { description: 'Sets the client INACTIVE and hides it from default lists.' })
  archiveClient(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clients.archive(ctx.scope(), id, reason ?? null, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => ClientType, { description: 'Brings an archived (INACTIVE) client back as ACTIVE.' })
  restoreClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.clients.restore(ctx.scope(), id, ctx.staff().userId);
  }

  @Authorized('client.delete')
  @Mutation(() => Boolean, { description: 'Soft-deletes the client; only roles with client.delete.' })
  async deleteClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.clients.softDelete(ctx.scope(), id);
    return true;
  }

  @Authorized('client.delete')
  @Query(() => ClientPageType, { description: 'Soft-deleted clients of the workspace, most recently deleted first.' })
  deletedClients(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return ctx.services.clients.listDeleted(ctx.scope(), page ?? { offset: 0, limit: 25 });
  }

  @Authorized('client.delete')
  @Mutation(() => ClientType, { description: 'Takes a soft-deleted client out of the bin, as it was.' })
  restoreDeletedClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.clients.restoreDeleted(ctx.scope(), id);
  }

  @FieldResolver(() => [SocialLinkType])
  socialLinks(@Root() c: Client): SocialLinkType[] {
    return socialLinksList(c.socialLinks);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Versioned URL of the logo (cacheable forever), or null.',
  })
  logoUrl(@Root() c: Client): string | null {
    return c.logoUpdatedAt ? `/files/clients/${c.id}/logo?v=${c.logoUpdatedAt.getTime()}` : null;
  }

  @FieldResolver(() => AddressType)
  address(@Root() c: Client): AddressType {
    return { street: c.street, city: c.city, region: c.region, postalCode: c.postalCode, country: c.country };
  }

  @FieldResolver(() => [ContactType])
  contacts(@Root() c: Client, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByClient.load(c.id);
  }

  @FieldResolver(() => ContactType, { nullable: true })
  async primaryContact(@Root() c: Client, @Ctx() ctx: Context) {
    const contacts = await ctx.loaders.contactsByClient.load(c.id);
    return contacts.find((ct) => ct.isPrimary) ?? null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  accountManager(@Root() c: Client, @Ctx() ctx: Context) {
    return c.accountManagerId ? ctx.loaders.memberById.load(c.accountManagerId) : null;
  }

  @FieldResolver(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Sum of project values in minor units of the workspace currency; null without financials.view.',
  })
  totalValue(@Root() c: Client, @Ctx() ctx: Context): number | null {
    return ctx.can('financials.view') ? c.totalValue : null;
  }
}
