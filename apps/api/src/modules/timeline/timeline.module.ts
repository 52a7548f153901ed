import { defineModule } from '../../platform/module';
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
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createTimelineLoaders> {}
}

/** Every client's timeline of interactions, written by people and by the other modules' actions; live. */
export const timelineModule = defineModule({
  name: 'timeline',
  entities: [TimelineEvent],
  resolvers: [TimelineResolver, TimelineSubscriptionResolver],
  services: { timeline: () => new TimelineService() },
  loaders: (scope) => createTimelineLoaders(scope),
  liveTopics: { [TIMELINE_TOPIC]: timelineTopic },
  seed: (m, demo) => seedClientActivity(m, demo.northwindId, demo.userIds[0]),
});
