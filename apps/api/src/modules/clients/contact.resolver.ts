import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { ClientType, ContactType } from './client.types';
import type { Contact } from './contact.entity';
import { CreateContactInput, UpdateContactInput } from './contact.inputs';

@Authorized('client.edit')
@Resolver(() => ContactType)
export class ContactResolver {
  @Mutation(() => ContactType, {
    description: 'The first contact of a client becomes its primary. portalAccess needs portal.manage.',
  })
  createContact(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('input', () => CreateContactInput) input: CreateContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.create(ctx.scope(), clientId, input, ctx.can, ctx);
  }

  @Mutation(() => ContactType, {
    description: 'Changing portalAccess needs portal.manage; isPrimary: true demotes the previous primary.',
  })
  updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.update(ctx.scope(), id, input, ctx.can, ctx);
  }

  @Mutation(() => ContactType, {
    description: 'Makes this the primary contact and demotes the previous one, atomically.',
  })
  setPrimaryContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contacts.setPrimary(ctx.scope(), id);
  }

  @Mutation(() => ClientType, {
    description: 'Deletes the contact and returns its client; a deleted primary is replaced by the oldest contact.',
  })
  deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contacts.delete(ctx.scope(), id);
  }

  @Authorized('client.view')
  @FieldResolver(() => ClientType)
  client(@Root() contact: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(contact.clientId);
  }
}
