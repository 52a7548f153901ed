import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ClientFilter, ClientSort, PageInput } from './client-list.inputs';
import { ClientPageType } from './client.types';

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
    return ctx.services.clientList.list(ctx.scope(), filter, sort, page ?? { offset: 0, limit: 25 });
  }
}
