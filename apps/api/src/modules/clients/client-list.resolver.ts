import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { UserType } from '../identity/identity.types';
import type { Client } from './client.entity';
import { filterOptionsOf } from './client-list.filter';
import { ClientFilter, ClientSort, PageInput } from './client-list.inputs';
import { COUNT_CAP } from './client-list.service';
import { ClientPageType, ClientType } from './client.types';

@ObjectType('ClientFilterOptions')
export class ClientFilterOptionsType {
  @Field(() => [String], { description: 'Industries in use, A→Z (at most 500).' }) industries: string[];
  @Field(() => [String], { description: 'Tags in use, A→Z (at most 500).' }) tags: string[];
  @Field(() => [UserType], { description: 'Members who manage at least one client.' }) accountManagers: UserType[];
}

@Resolver()
export class ClientListResolver {
  @Authorized('client.viewList')
  @Query(() => ClientPageType)
  clients(
    @Ctx() ctx: Context,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter?: ClientFilter,
    @Arg('sort', () => ClientSort, { nullable: true }) sort?: ClientSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ctx.services.clientList.list(
      ctx.scope(),
      filter,
      sort,
      page ?? { offset: 0, limit: 25 },
      filterOptionsOf(ctx),
    );
  }

  @Authorized('client.viewList')
  @Query(() => ClientFilterOptionsType, {
    description: 'Values for the list filter dropdowns, from the clients the caller can see.',
  })
  clientFilterOptions(@Ctx() ctx: Context) {
    return ctx.services.clientList.filterOptions(ctx.scope());
  }
}

@Resolver(() => ClientPageType)
export class ClientPageFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: `False when more than ${COUNT_CAP} clients match: totalCount is then a lower bound (counting stops there).`,
  })
  totalCountExact(@Root() page: { totalCountExact?: boolean }): boolean {
    return page.totalCountExact ?? true;
  }
}

/** List-only fields of Client. */
@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientListFieldsResolver {
  @FieldResolver(() => Int, { description: 'Projects with status ACTIVE; maintained by the projects module.' })
  activeProjectCount(@Root() c: Client): number {
    return c.activeProjectCount ?? 0;
  }
}
