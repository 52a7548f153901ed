import { defineModule } from '../../platform/module';
import { SegmentResolver } from './segment.resolver';
import { SegmentService } from './segment.service';

declare module '../../platform/module' {
  interface Services {
    segments: SegmentService;
  }
}

/** Client segments and their charts. */
export const segmentsModule = defineModule({
  name: 'segments',
  resolvers: [SegmentResolver],
  services: { segments: () => new SegmentService() },
});
