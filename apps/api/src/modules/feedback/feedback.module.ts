import { defineModule } from '../../platform/module';
import { FeedbackRequest } from './feedback-request.entity';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { PortalFeedbackResolver } from './portal-feedback.resolver';

declare module '../../platform/module' {
  interface Services {
    feedback: FeedbackService;
  }
}

/** NPS feedback requests and answers per client and project (the agency asks, the portal answers). */
export const feedbackModule = defineModule({
  name: 'feedback',
  entities: [FeedbackRequest],
  resolvers: [FeedbackResolver, PortalFeedbackResolver],
  services: { feedback: (s) => new FeedbackService(s.timeline) },
});
