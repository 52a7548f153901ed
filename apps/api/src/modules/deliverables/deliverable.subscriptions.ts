import { Arg, Authorized, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { liveStream } from '../../platform/realtime/live-subscribe';
import type { LiveItem } from '../../platform/realtime/live-topic';
import { Project } from '../projects/project.entity';
import type { Deliverable } from './deliverable.entity';
import { DELIVERABLE_TOPIC } from './deliverable.topics';
import { DeliverableType } from './deliverable.types';

type ProjectArgs = SubscribeResolverData<unknown, { projectId?: string | null }, Context>;

@Resolver()
export class DeliverableSubscriptionResolver {
  @Authorized('client.view')
  @Subscription(() => DeliverableType, {
    description: 'Deliverables as they are approved or sent back for changes (all visible projects, or one).',
    subscribe: async ({ args, context }: ProjectArgs) => {
      const { projectId } = args;
      const stream = liveStream<Deliverable>(
        context,
        DELIVERABLE_TOPIC,
        ['client.view'],
        (item) => !projectId || item.row.projectId === projectId,
      );
      if (projectId) await context.scope().findById(Project, projectId, 'Project');
      return stream;
    },
  })
  deliverableDecisions(
    @Root() item: LiveItem<Deliverable>,
    @Arg('projectId', () => ID, { nullable: true }) _projectId: string | null,
    @Ctx() ctx: Context,
  ): Deliverable {
    ctx.renewLoaders();
    return item.row;
  }
}
