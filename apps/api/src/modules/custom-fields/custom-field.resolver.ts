import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import type { CustomFieldDefinition } from './custom-field-definition.entity';
import { CreateCustomFieldDefinitionInput, UpdateCustomFieldDefinitionInput } from './custom-field.inputs';
import { CustomFieldDefinitionType } from './custom-field.types';

@Resolver(() => CustomFieldDefinitionType)
export class CustomFieldDefinitionResolver {
  @Authorized()
  @Query(() => [CustomFieldDefinitionType], {
    description: 'The workspace client fields, by position. Any staff member.',
  })
  customFieldDefinitions(
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.list(ctx.scope(), includeArchived);
  }

  @Authorized('workspace.manage')
  @Mutation(() => CustomFieldDefinitionType, { description: 'The key is generated from the label and never changes.' })
  createCustomFieldDefinition(
    @Arg('input', () => CreateCustomFieldDefinitionInput) input: CreateCustomFieldDefinitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.create(ctx.scope(), input);
  }

  @Authorized('workspace.manage')
  @Mutation(() => CustomFieldDefinitionType, {
    description: 'Label, help text and SELECT options; key and type are fixed.',
  })
  updateCustomFieldDefinition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomFieldDefinitionInput) input: UpdateCustomFieldDefinitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.update(ctx.scope(), id, input);
  }

  @Authorized('workspace.manage')
  @Mutation(() => [CustomFieldDefinitionType], {
    description:
      'Listed ids take positions 0, 1, …; the others follow in their current order. Returns every definition.',
  })
  reorderCustomFieldDefinitions(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return ctx.services.customFields.reorder(ctx.scope(), ids);
  }

  @Authorized('workspace.manage')
  @Mutation(() => CustomFieldDefinitionType, {
    description: 'Hides the field from forms and profiles; values are kept.',
  })
  archiveCustomFieldDefinition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customFields.setArchived(ctx.scope(), id, true);
  }

  @Authorized('workspace.manage')
  @Mutation(() => CustomFieldDefinitionType)
  restoreCustomFieldDefinition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customFields.setArchived(ctx.scope(), id, false);
  }

  @Authorized('workspace.manage')
  @Mutation(() => Boolean, {
    description: 'Deletes the definition and removes its value from every client, in one transaction.',
  })
  async deleteCustomFieldDefinition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.customFields.delete(ctx.scope(), id);
    return true;
  }

  @Authorized()
  @FieldResolver(() => Int, { description: 'How many clients you can see hold a value for this field.' })
  usageCount(@Root() d: CustomFieldDefinition, @Ctx() ctx: Context) {
    return ctx.loaders.customFieldUsage.load(d.key);
  }
}
