import { defineModule } from '../../platform/module';
import { Comment } from './comment.entity';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { DeliverableDecisionRecord } from './deliverable-decision.entity';
import { deliverableFilesRouter } from './deliverable-files.router';
import { Deliverable } from './deliverable.entity';
import { createDeliverableLoaders } from './deliverable.loaders';
import { DeliverableDecisionResolver, DeliverableResolver } from './deliverable.resolver';
import { seedDeliverables } from './deliverable.seed';
import { DeliverableService } from './deliverable.service';
import { DeliverableSubscriptionResolver } from './deliverable.subscriptions';
import { DELIVERABLE_TOPIC, deliverableTopic } from './deliverable.topics';
import {
  PortalCommentResolver,
  PortalDeliverableResolver,
  PortalProjectDeliverablesResolver,
} from './portal-deliverable.resolver';
import { PortalDeliverableService } from './portal-deliverable.service';

declare module '../../platform/module' {
  interface Services {
    deliverables: DeliverableService;
    comments: CommentService;
    portalDeliverables: PortalDeliverableService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createDeliverableLoaders> {}
}

/** Deliverables with versioned files and client approvals (staff and portal); comments on tasks and deliverables; live decisions. */
export const deliverablesModule = defineModule({
  name: 'deliverables',
  entities: [Deliverable, DeliverableDecisionRecord, Comment],
  resolvers: [
    DeliverableResolver,
    DeliverableDecisionResolver,
    CommentResolver,
    DeliverableSubscriptionResolver,
    PortalDeliverableResolver,
    PortalProjectDeliverablesResolver,
    PortalCommentResolver,
  ],
  services: {
    deliverables: (s) => new DeliverableService(s.timeline, s.documents),
    comments: () => new CommentService(),
    portalDeliverables: (s) => new PortalDeliverableService(s.deliverables, s.comments),
  },
  loaders: (scope) => createDeliverableLoaders(scope),
  liveTopics: { [DELIVERABLE_TOPIC]: deliverableTopic },
  routes: (app, { dataSource, services, config }) =>
    app.use(
      '/files',
      deliverableFilesRouter({ dataSource, services, maxUploadBytes: config.maxUploadMb * 1024 * 1024 }),
    ),
  seed: (m, demo) => seedDeliverables(m, demo.northwindId, demo.userIds[0]),
});
