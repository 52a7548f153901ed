import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { SavedViewInput, SavedViewType } from './saved-view.types';

@Authorized('client.viewList')
@Resolver(() => SavedViewType)
export class SavedViewResolver {
  @Query(() => [SavedViewType], { description: "The caller's own saved client views in this workspace." })
  savedViews(@Ctx() ctx: Context) {
    return ctx.services.savedViews.list(ctx.scope(), ctx.staff().userId);
  }

  @Mutation(() => SavedViewType)
  createSavedView(@Arg('input', () => SavedViewInput) input: SavedViewInput, @Ctx() ctx: Context) {
    return ctx.services.savedViews.create(ctx.scope(), ctx.staff().userId, input);
  }

  @Mutation(() => SavedViewType)
  updateSavedView(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SavedViewInput) input: SavedViewInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.savedViews.update(ctx.scope(), ctx.staff().userId, id, input);
  }

  @Mutation(() => Boolean)
  async deleteSavedView(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.savedViews.delete(ctx.scope(), ctx.staff().userId, id);
    return true;
  }
}
