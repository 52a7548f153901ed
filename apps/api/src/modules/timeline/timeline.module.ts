import { defineModule } from '../../platform/module';
import { PortalTimelineResolver } from './portal-timeline.resolver';
import { PortalTimelineService } from './portal-timeline.service';
import { TimelineEvent } from './timeline-event.entity';
import { createTimelineLoaders } from './timeline.loaders';
import { TimelineResolver } from './timeline.resolver';
import { seedClientActivity } from './timeline.seed';
import { TimelineService } from './timeline.service';
import { TimelineSubscriptionResolver } from './timeline.subscriptions';
import { TIMELINE_TOPIC, timelineTopic } from './timeline.topics';

declare module '../../platform/module' {
  interface Services {
    timeline: TimelineService;
    portalTimeline: PortalTimelineService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createTimelineLoaders> {}
}

/** Every client's timeline of interactions, written by people and by the other modules' actions; live; the portal's feed. */
export const timelineModule = defineModule({
  name: 'timeline',
  entities: [TimelineEvent],
  resolvers: [TimelineResolver, TimelineSubscriptionResolver, PortalTimelineResolver],
  services: { timeline: () => new TimelineService(), portalTimeline: () => new PortalTimelineService() },
  loaders: (scope) => createTimelineLoaders(scope),
  liveTopics: { [TIMELINE_TOPIC]: timelineTopic },
  seed: (m, demo) => seedClientActivity(m, demo.northwindId, demo.userIds[0]),
});
