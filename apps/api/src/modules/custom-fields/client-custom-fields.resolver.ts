import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { customFieldValueToString, displayCustomFieldValue } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import type { Client } from '../clients/client.entity';
import { ClientType } from '../clients/client.types';
import { CustomFieldValueInput } from './custom-field.inputs';
import { CustomFieldValueType } from './custom-field.types';

/** Custom field values on the Client type; merged by TypeGraphQL with the clients module's own resolver. */
@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], {
    description:
      'One entry per active definition, by position (value null when unset); archived ones too with includeArchived.',
  })
  async customFieldValues(
    @Root() client: Client,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<CustomFieldValueType[]> {
    const definitions = await ctx.loaders.allCustomFieldDefinitions();
    const stored = client.customFields ?? {};
    return definitions
      .filter((d) => includeArchived || !d.archivedAt)
      .map((definition) => ({
        definition,
        value: customFieldValueToString(definition, stored[definition.key]),
        display: displayCustomFieldValue(definition, stored[definition.key]),
      }));
  }

  @Authorized('client.edit')
  @Mutation(() => ClientType, {
    description: 'Sets (or, with null, clears) custom field values of one client, all or nothing.',
  })
  setClientCustomFieldValues(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('values', () => [CustomFieldValueInput]) values: CustomFieldValueInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.setValues(ctx.scope(), clientId, values);
  }
}
